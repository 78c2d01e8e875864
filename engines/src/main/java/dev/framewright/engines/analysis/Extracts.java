package dev.framewright.engines.analysis;

import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * What analysis takes out of audio and video with ffmpeg: the speech-ready audio track, and scene key
 * frames. Both read at most {@code window} of the media, so analysis time stays bounded for long files.
 */
final class Extracts {
    /** Scene-change threshold of ffmpeg's {@code select} filter (0..1; higher = fewer frames). */
    static final double SCENE_THRESHOLD = 0.3;

    private final Duration window;
    private final Duration timeout;

    Extracts(Duration window, Duration timeout) {
        this.window = window;
        this.timeout = timeout;
    }

    Duration window() {
        return window;
    }

    /**
     * The first {@link #window} of the audio as 16 kHz mono 16-bit WAV, or null when the file has no
     * audio stream.
     */
    Path speechAudio(Path media, Path workDir) throws IOException, InterruptedException {
        Path wav = workDir.resolve("speech.wav");
        try {
            run(
                    workDir,
                    "ffmpeg",
                    "-nostdin",
                    "-v",
                    "error",
                    "-y",
                    "-t",
                    seconds(),
                    "-i",
                    abs(media),
                    "-map",
                    "0:a:0?",
                    "-vn",
                    "-ac",
                    "1",
                    "-ar",
                    "16000",
                    "-c:a",
                    "pcm_s16le",
                    "-f",
                    "wav",
                    abs(wav));
        } catch (IOException e) {
            // no audio stream: ffmpeg refuses an output without streams
            return null;
        }
        // a 44-byte header is all a file without audio samples has
        return Files.exists(wav) && Files.size(wav) > 1024 ? wav : null;
    }

    /**
     * The first frame and the first scene changes within {@link #window}, at most {@code max}, as PNGs
     * at most 1280 px wide, in time order.
     */
    List<Path> keyFrames(Path video, int max, Path workDir) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(workDir.resolve("frames"));
        String filter = "select='eq(n\\,0)+gt(scene\\," + SCENE_THRESHOLD + ")',scale='min(1280\\,iw)':-2";
        run(
                workDir,
                "ffmpeg",
                "-nostdin",
                "-v",
                "error",
                "-y",
                "-t",
                seconds(),
                "-i",
                abs(video),
                "-an",
                "-vf",
                filter,
                "-vsync",
                "vfr",
                "-frames:v",
                String.valueOf(max),
                abs(dir.resolve("frame-%02d.png")));
        try (Stream<Path> frames = Files.list(dir)) {
            return frames.sorted().toList();
        }
    }

    private String seconds() {
        return String.valueOf(window.toSeconds());
    }

    private void run(Path workDir, String... command) throws IOException, InterruptedException {
        try {
            Subprocess.of(command).workingDir(workDir).timeout(timeout).run();
        } catch (ToolFailure e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String abs(Path p) {
        return p.toAbsolutePath().toString();
    }
}
