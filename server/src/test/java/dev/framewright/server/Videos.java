package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test videos made with ffmpeg (lavfi test pattern + sine tone), and ffprobe checks. */
final class Videos {
    private Videos() {}

    static byte[] mp4(Path dir, int width, int height, double seconds) throws IOException, InterruptedException {
        Path out = dir.resolve("clip-" + width + "x" + height + "-" + seconds + ".mp4");
        if (!Files.exists(out)) {
            run(List.of(
                    "ffmpeg",
                    "-hide_banner",
                    "-nostdin",
                    "-y",
                    "-f",
                    "lavfi",
                    "-i",
                    "testsrc2=size=" + width + "x" + height + ":rate=25",
                    "-f",
                    "lavfi",
                    "-i",
                    "sine=frequency=440",
                    "-t",
                    String.valueOf(seconds),
                    "-c:v",
                    "libx264",
                    "-preset",
                    "ultrafast",
                    "-pix_fmt",
                    "yuv420p",
                    "-c:a",
                    "aac",
                    "-shortest",
                    out.toString()));
        }
        return Files.readAllBytes(out);
    }

    /** {@code width,height} of the first video stream and the number of audio streams. */
    static String probe(Path file) throws IOException, InterruptedException {
        String video = run(List.of(
                        "ffprobe",
                        "-v",
                        "error",
                        "-select_streams",
                        "v:0",
                        "-show_entries",
                        "stream=width,height",
                        "-of",
                        "csv=p=0",
                        file.toString()))
                .trim();
        long audio = run(List.of(
                        "ffprobe",
                        "-v",
                        "error",
                        "-select_streams",
                        "a",
                        "-show_entries",
                        "stream=index",
                        "-of",
                        "csv=p=0",
                        file.toString()))
                .lines()
                .filter(l -> !l.isBlank())
                .count();
        return video + " audio=" + audio;
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** Live ffmpeg processes whose command line mentions {@code marker} (e.g. a test's data folder). */
    static List<ProcessHandle> ffmpegUnder(Path marker) {
        String m = marker.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("ffmpeg"))
                .filter(p -> p.info().commandLine().orElse("").contains(m))
                .toList();
    }
}
