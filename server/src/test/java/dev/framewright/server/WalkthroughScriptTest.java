package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's curl walkthrough ({@code scripts/walkthrough.sh}) against a real server, as a new
 * user would: upload, upscale, download a PNG exactly twice the size.
 */
class WalkthroughScriptTest {
    @TempDir
    Path data;

    @TempDir
    Path out;

    @Test
    void theReadmeWalkthroughProducesAnUpscaledPng() throws Exception {
        Path script =
                Path.of("..", "scripts", "walkthrough.sh").toAbsolutePath().normalize();
        assertThat(script).exists();
        try (TestServer s = TestServer.start(data)) {
            ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
            pb.environment().put("VG", s.base());
            pb.environment().put("KEY", TestServer.KEY);
            pb.environment().put("OUT_DIR", out.toString());
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("walkthrough: OK: 320x240 upscaled to 640x480");
            assertThat(Files.size(out.resolve("upscaled.png"))).isGreaterThan(Files.size(out.resolve("cat.png")));
        }
    }
}
