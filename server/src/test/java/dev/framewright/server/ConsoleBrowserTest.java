package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web console in a real browser (issue #13's acceptance list): {@code src/test/js/console-browser.js}
 * drives Debian's Chromium with playwright-core against a real server and a real webhook receiver. It
 * signs in, runs text-to-speech and upscale-image from the playground and plays/renders the results,
 * uploads files by the file input, finds one by semantic search (OCR + embedding, so analysis runs
 * here), enables its public preview and opens the embed code, replays a webhook delivery, and checks
 * labels, keyboard access and the phone layout. Screenshots of each page at desktop and phone widths
 * land in {@code target/console-screenshots/} for review.
 *
 * <p>Skipped, with the reason, where node (20+), chromium or playwright-core is missing: {@code
 * ./framewright setup} and {@code ./framewright test} install them (scripts/tools.sh).
 */
class ConsoleBrowserTest {
    private static final Duration LIMIT = Duration.ofMinutes(9);
    private static final int STEPS = 19;

    @TempDir
    Path data;

    @TempDir
    Path samples;

    @Test
    void theConsoleWorksInARealBrowser() throws Exception {
        Path node = onPath("node", "nodejs");
        Path chromium = onPath("chromium", "chromium-browser");
        Path playwright = toolsDir().resolve("playwright-core");
        assumeTrue(node != null, "node is not installed (./framewright setup installs npm and node)");
        assumeTrue(nodeMajor(node) >= 20, "playwright-core needs node 20 or later");
        assumeTrue(chromium != null, "chromium is not installed (./framewright setup installs the Debian package)");
        assumeTrue(
                Files.isRegularFile(playwright.resolve("package.json")),
                "playwright-core is not in " + playwright + " (run scripts/tools.sh or ./framewright setup)");

        Files.write(samples.resolve("photo.png"), Media.png(64, 48));
        Files.write(
                samples.resolve("poster.png"),
                Posters.png(new Color(190, 210, 250), "Summer Jazz Night", "Riverside Park, July 12"));
        Path shots = Path.of("target", "console-screenshots").toAbsolutePath();
        deleteTree(shots);
        Files.createDirectories(shots);
        Path log = Path.of("target", "console-browser.log").toAbsolutePath();

        try (WebhookReceiver receiver = WebhookReceiver.start();
                TestServer s = TestServer.start(
                        data,
                        "--analysis-workers",
                        "1",
                        "--webhooks-allow-http",
                        "true",
                        "--outbound-allow-private",
                        "true")) {
            ProcessBuilder pb = new ProcessBuilder(
                            node.toString(),
                            Path.of("src", "test", "js", "console-browser.js")
                                    .toAbsolutePath()
                                    .toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("CONSOLE_BASE_URL", s.base());
            env.put("CONSOLE_API_KEY", TestServer.KEY);
            env.put("PLAYWRIGHT_CORE", playwright.toString());
            env.put("CHROMIUM", chromium.toString());
            env.put("SCREENSHOTS", shots.toString());
            env.put("SAMPLES", samples.toString());
            env.put("RECEIVER_URL", receiver.url("/hook"));
            Process p = pb.start();
            boolean finished = p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS);
            if (!finished) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(finished)
                    .as("the browser checks did not finish in %s:%n%s", LIMIT, out)
                    .isTrue();
            assertThat(p.exitValue()).as("browser checks failed:%n%s", out).isZero();
            assertThat(out).contains("console browser checks: " + STEPS + " of " + STEPS + " ok");

            // the replay clicked in the delivery log reached the receiver: the same webhook-id twice
            Matcher m = Pattern.compile("replayed (vg_dlv_\\w+)").matcher(out);
            assertThat(m.find()).as(out).isTrue();
            String deliveryId = m.group(1);
            JsonNode endpoint =
                    s.get("/v1/webhooks/endpoints").json().get("endpoints").get(0);
            String webhookId = null;
            for (JsonNode d : s.get("/v1/webhooks/endpoints/"
                            + endpoint.get("endpointId").asText() + "/deliveries")
                    .json()
                    .get("deliveries")) {
                if (d.get("deliveryId").asText().equals(deliveryId)) {
                    webhookId = d.get("webhookId").asText();
                    assertThat(d.get("attempts").size()).isGreaterThanOrEqualTo(2);
                }
            }
            assertThat(webhookId).as("delivery %s", deliveryId).isNotNull();
            String id = webhookId;
            receiver.await(
                    "/hook",
                    rs -> rs.stream().filter(r -> id.equals(r.webhookId())).count() >= 2,
                    Duration.ofSeconds(10));

            // every page at desktop and phone widths, for review
            List<String> missing = new ArrayList<>();
            for (String name : List.of(
                    "signin-desktop",
                    "signin-phone",
                    "playground-tts-desktop",
                    "playground-upscale-desktop",
                    "playground-phone",
                    "playground-upscale-phone",
                    "executions-desktop",
                    "executions-phone",
                    "execution-desktop",
                    "execution-phone",
                    "files-search-desktop",
                    "files-phone",
                    "file-desktop",
                    "file-phone",
                    "embed-desktop",
                    "webhooks-desktop",
                    "webhooks-phone",
                    "webhook-desktop",
                    "webhook-phone",
                    "engines-desktop",
                    "engines-phone")) {
                if (!Files.isRegularFile(shots.resolve(name + ".png"))) {
                    missing.add(name);
                }
            }
            assertThat(missing).as("screenshots missing from %s", shots).isEmpty();
        }
    }

    /** The test tools folder: FRAMEWRIGHT_TOOLS_DIR, else .tools of the repository. */
    static Path toolsDir() {
        String configured = System.getenv("FRAMEWRIGHT_TOOLS_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("scripts").resolve("tools.lock"))) {
            dir = dir.getParent();
        }
        return (dir == null ? Path.of("").toAbsolutePath() : dir).resolve(".tools");
    }

    static Path onPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static int nodeMajor(Path node) throws Exception {
        Process p = new ProcessBuilder(node.toString(), "--version")
                .redirectErrorStream(true)
                .start();
        String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        p.waitFor(10, TimeUnit.SECONDS);
        Matcher m = Pattern.compile("v(\\d+)").matcher(v);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
