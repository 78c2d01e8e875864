package dev.framewright.engines.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** ffprobe for engine tests: the streams and duration of a produced file. */
public final class Probe {
    private Probe() {}

    /** Skips the calling test, with the reason, when ffmpeg or ffprobe is missing. */
    public static void assumeFfmpeg() {
        assumeTrue(Subprocess.which("ffmpeg").isPresent(), "ffmpeg is not installed (apt-get install ffmpeg)");
        assumeTrue(Subprocess.which("ffprobe").isPresent(), "ffprobe is not installed (apt-get install ffmpeg)");
    }

    /** {@code ffprobe -show_streams -show_format} as JSON. */
    public static JsonNode of(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        "ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return new ObjectMapper().readTree(out);
    }

    /** The first stream of {@code type} ("video" or "audio"), or a missing node. */
    public static JsonNode stream(JsonNode probe, String type) {
        for (JsonNode s : probe.path("streams")) {
            if (type.equals(s.path("codec_type").asText())) {
                return s;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    public static double duration(JsonNode probe) {
        return probe.path("format").path("duration").asDouble();
    }
}
