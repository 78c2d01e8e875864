package dev.framewright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's "SDK and CLI" shell example as written (generate an image, upload one, upscale
 * it), in bash, against a real server:
 * {@code ./videogen} is the CLI's main class on the test classpath (the jar is not built yet in the
 * test phase), and the {@code export} line is replaced by the environment.
 */
class ReadmeExampleTest {
    @TempDir
    Path data;

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleGeneratesUploadsUpscalesAndSaves() throws Exception {
        String block = readmeBlock();
        assertThat(block)
                .contains("./videogen tools generate-image")
                .contains("./videogen files upload")
                .contains("./videogen tools upscale-image");
        String script = "set -euo pipefail\n"
                + "videogen() { \"$JAVA\" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp \"$CP\" dev.framewright.cli.Main \"$@\"; }\n"
                + block.lines()
                        .filter(l -> !l.startsWith("export "))
                        .map(l -> l.replace("./videogen", "videogen"))
                        .collect(Collectors.joining("\n"))
                + "\n";
        // the offline image engine on, and Lanczos serving upscale-image (a fast, known ×2)
        try (CliTestServer s = CliTestServer.start(data, "esrgan-thick")) {
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", script)
                    .directory(dir.toFile())
                    .redirectErrorStream(true);
            pb.environment().putAll(s.env());
            pb.environment()
                    .put(
                            "JAVA",
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString());
            pb.environment().put("CP", classPath());
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(classPath()).contains("picocli", "jackson-databind", "standardwebhooks");
            assertThat(output).contains("succeeded 100%").contains("big.png");
            assertThat(Media.size(dir.resolve("big.png"))).containsExactly(640, 480);
            assertThat(output).contains("lighthouse.png");
            assertThat(Media.size(dir.resolve("lighthouse.png"))).containsExactly(1024, 576);
        }
    }

    /** The first fenced block after the README's "## SDK and CLI" heading. */
    static String readmeBlock() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        int start = lines.indexOf("## SDK and CLI");
        assertThat(start).as("README has an SDK and CLI section").isNotNegative();
        int open = start;
        while (!lines.get(open).equals("```")) {
            open++;
        }
        int close = open + 1;
        while (!lines.get(close).startsWith("```")) {
            close++;
        }
        return String.join("\n", lines.subList(open + 1, close));
    }

    /** The CLI's runtime classpath: its own classes, the SDK, the contract, Jackson, picocli, standardwebhooks. */
    static String classPath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(all.split(File.pathSeparator))
                .filter(e -> e.matches(".*/(cli|sdk|contract)/target/(classes/?|framewright-[a-z]+-[^/]*\\.jar)")
                        || e.matches(".*/(jackson-(core|databind|annotations)|picocli|standardwebhooks)-[^/]*\\.jar"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
