package dev.framewright.sdk;

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
 * Runs the quick start of docs/sdk.md as written, with the JDK's source launcher ({@code java
 * Upscale.java}), in a folder holding a cat.png, against a real server.
 */
class QuickstartTest {
    @TempDir
    Path data;

    @TempDir
    Path dir;

    @Test
    void theQuickStartProgramUpscalesAndSaves() throws Exception {
        Files.writeString(dir.resolve("Upscale.java"), firstJavaBlock());
        Media.png(dir, "cat.png", 50, 40);
        try (TestServer s = TestServer.start(data)) {
            ProcessBuilder pb = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            sdkClassPath(),
                            "Upscale.java")
                    .directory(dir.toFile())
                    .redirectErrorStream(true);
            pb.environment().put("VIDEOGEN_BASE_URL", s.baseUrl());
            pb.environment().put("VIDEOGEN_API_KEY", TestServer.KEY);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("saved big.png");
            assertThat(Media.size(dir.resolve("big.png"))).containsExactly(100, 80);
        }
    }

    static String firstJavaBlock() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "sdk.md"));
        int open = lines.indexOf("```java");
        int close = open + 1;
        while (!lines.get(close).equals("```")) {
            close++;
        }
        return String.join("\n", lines.subList(open + 1, close));
    }

    /** The SDK's runtime classpath: its classes, the contract, Jackson and standardwebhooks. */
    static String sdkClassPath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String cp = java.util.Arrays.stream(all.split(File.pathSeparator))
                .filter(e -> e.matches(".*/(sdk|contract)/target/(classes/?|framewright-[a-z]+-[^/]*\\.jar)")
                        || e.matches(".*/(jackson-(core|databind|annotations)|standardwebhooks)-[^/]*\\.jar"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(cp).contains("jackson-databind", "standardwebhooks");
        return cp;
    }
}
