package dev.framewright.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.UpscaleImageRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each program of examples/ as a user would (the Java ones with the JDK's source launcher and the
 * SDK's classes, as {@code ./framewright example NAME} does; the shell one with bash) against a real
 * server started here, and checks what they produce.
 */
class ExamplesTest {
    private static final Path EXAMPLES =
            Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path data;

    @TempDir
    Path out;

    @Test
    void socialMediaMakesThreeFormatsANarrationAndANarratedClip() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            Process p = java(s, EXAMPLES.resolve("social-media/SocialMedia.java"), "a lighthouse at dusk")
                    .start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("social-media: OK");
            int[] post = Media.size(out.resolve("post.png"));
            int[] story = Media.size(out.resolve("story.png"));
            int[] banner = Media.size(out.resolve("banner.png"));
            assertThat(post[0]).isEqualTo(post[1]);
            assertThat(story[1]).isGreaterThan(story[0]);
            assertThat(banner[0]).isGreaterThan(banner[1]);
            assertThat(Files.size(out.resolve("narration.mp3"))).isGreaterThan(1000);
            assertThat(Media.videoSize(out.resolve("clip.mp4"))).isNotBlank();
        }
    }

    @Test
    void theWebhookReceiverVerifiesSignaturesAndDownloadsResults() throws Exception {
        try (TestServer s =
                TestServer.start(data, "--webhooks-allow-http", "true", "--outbound-allow-private", "true")) {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Process p = java(s, EXAMPLES.resolve("webhook-receiver/WebhookReceiver.java"), String.valueOf(port), "1")
                    .start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (java.io.IOException ignored) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            try {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (lines.stream().noneMatch(l -> l.startsWith("listening on")) && System.nanoTime() < end) {
                    assertThat(p.isAlive()).as(String.join("\n", lines)).isTrue();
                    Thread.sleep(100);
                }
                assertThat(lines).anyMatch(l -> l.startsWith("listening on http://127.0.0.1:" + port + "/webhooks"));

                // a forged request is refused
                HttpResponse<String> forged = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks"))
                                        .header("webhook-id", "msg_forged")
                                        .header("webhook-timestamp", String.valueOf(System.currentTimeMillis() / 1000))
                                        .header("webhook-signature", "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "{\"event\":\"tool_execution.succeeded\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(forged.statusCode()).isEqualTo(400);

                // a real execution: the server's signed delivery is accepted and its result downloaded
                VideoGenClient client = s.client();
                var image = client.files().uploadFile(Media.png(out, "in.png", 40, 30));
                client.tools().upscaleImage(new UpscaleImageRequest(image.fileId(), null, null, null));
                assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
                reader.join(5000);
                String output = String.join("\n", lines);
                assertThat(p.exitValue()).as(output).isZero();
                assertThat(output)
                        .contains(
                                "refused: INVALID_SIGNATURE",
                                "tool_execution.succeeded",
                                "UPSCALE_IMAGE",
                                "downloaded ")
                        .contains("webhook-receiver: OK");
                try (Stream<Path> files = Files.list(out.resolve("downloads"))) {
                    Path png = files.filter(f -> f.toString().endsWith(".png"))
                            .findFirst()
                            .orElseThrow();
                    assertThat(Media.size(png)).containsExactly(80, 60);
                }
                // it deleted its endpoint on the way out
                assertThat(client.webhooks().listEndpoints().endpoints()).isEmpty();
            } finally {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void theCurlTourRunsEveryStep() throws Exception {
        try (TestServer s = TestServer.start(data)) {
            ProcessBuilder pb = new ProcessBuilder(
                            "bash", EXAMPLES.resolve("curl/tour.sh").toString())
                    .directory(out.toFile())
                    .redirectErrorStream(true);
            pb.environment().put("VIDEOGEN_BASE_URL", s.baseUrl());
            pb.environment().put("VIDEOGEN_API_KEY", TestServer.KEY);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("succeeded 100%", "disabled: the embed page now answers 404", "tour: OK");
            Path dir = out.resolve("curl-tour-out");
            assertThat(Media.size(dir.resolve("upscaled.png"))).containsExactly(640, 480);
            assertThat(Files.size(dir.resolve("speech.mp3"))).isGreaterThan(1000);
            assertThat(Files.readString(dir.resolve("embed.html"))).contains("<html");
        }
    }

    private ProcessBuilder java(TestServer s, Path source, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                QuickstartTest.sdkClassPath(),
                source.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(out.toFile()).redirectErrorStream(true);
        pb.environment().put("VIDEOGEN_BASE_URL", s.baseUrl());
        pb.environment().put("VIDEOGEN_API_KEY", TestServer.KEY);
        pb.environment()
                .put(
                        "OUT_DIR",
                        source.toString().contains("webhook")
                                ? out.resolve("downloads").toString()
                                : out.toString());
        return pb;
    }
}
