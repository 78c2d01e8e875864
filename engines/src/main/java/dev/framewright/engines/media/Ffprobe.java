package dev.framewright.engines.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Runs {@code ffprobe} on a file and reads the facts the API needs from its JSON. */
final class Ffprobe {
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_OUTPUT_CHARS = 4 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What ffprobe found.
     *
     * @param width display width of the first picture stream (rotation applied), null without one
     * @param durationSeconds of the container, else of its longest stream; null when unknown
     */
    record Facts(Integer width, Integer height, Double durationSeconds, boolean hasVideo, boolean hasAudio) {}

    private Ffprobe() {}

    /**
     * The facts of {@code file}, or empty when ffprobe cannot read it (corrupt or unsupported content).
     *
     * @throws InterruptedIOException when the thread is interrupted; its interrupt status is kept
     */
    static Optional<Facts> probe(Path ffprobe, Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        try {
            Subprocess.of(
                            ffprobe.toString(),
                            "-v",
                            "error",
                            "-print_format",
                            "json",
                            "-show_format",
                            "-show_streams",
                            "file:" + file.toAbsolutePath())
                    .timeout(TIMEOUT)
                    .onStdoutLine(line -> append(out, line))
                    .run();
        } catch (ToolFailure e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while probing media");
        }
        return Optional.of(FfprobeJson.facts(JSON.readTree(out.toString())));
    }

    private static void append(StringBuilder out, String line) {
        if (out.length() + line.length() > MAX_OUTPUT_CHARS) {
            throw new IllegalStateException("ffprobe output too large"); // stops collecting, keeps draining
        }
        out.append(line).append('\n');
    }

    /** Reading of the JSON tree; separate so that it can be tested without ffprobe. */
    static final class FfprobeJson {
        private FfprobeJson() {}

        static Facts facts(JsonNode root) {
            JsonNode video = null;
            boolean audio = false;
            double longest = -1;
            for (JsonNode stream : root.path("streams")) {
                String kind = stream.path("codec_type").asText();
                boolean picture = kind.equals("video")
                        && stream.path("disposition").path("attached_pic").asInt() == 0;
                video = video == null && picture ? stream : video;
                audio |= kind.equals("audio");
                longest = Math.max(longest, seconds(stream.path("duration")));
            }
            double duration = seconds(root.path("format").path("duration"));
            Double seconds = duration > 0 ? Double.valueOf(duration) : longest > 0 ? Double.valueOf(longest) : null;
            if (video == null) {
                return new Facts(null, null, seconds, false, audio);
            }
            Integer w = positive(video.path("width"));
            Integer h = positive(video.path("height"));
            boolean quarterTurn = Math.abs(rotation(video)) % 180 == 90;
            return new Facts(quarterTurn ? h : w, quarterTurn ? w : h, seconds, true, audio);
        }

        private static int rotation(JsonNode stream) {
            for (JsonNode side : stream.path("side_data_list")) {
                if (side.has("rotation")) {
                    return side.path("rotation").asInt();
                }
            }
            return stream.path("tags").path("rotate").asInt(0);
        }

        private static double seconds(JsonNode value) {
            double d = value.asDouble(-1);
            return Double.isFinite(d) ? d : -1;
        }

        private static Integer positive(JsonNode value) {
            int v = value.asInt(0);
            return v > 0 ? v : null;
        }
    }
}
