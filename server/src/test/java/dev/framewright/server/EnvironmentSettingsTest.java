package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.server.config.ConfigException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operator settings given as FRAMEWRIGHT_* environment variables, observed through the API; invalid
 * values refuse the start with a message naming the setting.
 */
class EnvironmentSettingsTest {
    @TempDir
    Path data;

    @Test
    void limitsAndLifetimesFromTheEnvironment() throws Exception {
        try (TestServer s = TestServer.startWithEnv(
                data,
                Map.of(
                        "FRAMEWRIGHT_SIGNED_URL_TTL_SECONDS", "120",
                        "FRAMEWRIGHT_UPLOAD_URL_TTL_SECONDS", "300",
                        "FRAMEWRIGHT_MAX_UPLOAD_BYTES", "2000",
                        "FRAMEWRIGHT_MAX_JSON_BYTES", "1024",
                        "FRAMEWRIGHT_RATE_LIMITS", "tools-start=3"))) {
            long now = System.currentTimeMillis() / 1000;
            String url = s.post("/v1/files/upload", "{\"displayName\":\"a.png\"}")
                    .json()
                    .get("uploadUrl")
                    .asText();
            long uploadExp = Long.parseLong(url.split("/")[5]);
            assertThat(uploadExp - now).isBetween(295L, 305L);
            TestServer.Res big = s.send(
                    HttpRequest.newBuilder(s.uri(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[2001])));
            assertThat(big.status()).isEqualTo(413);
            String fileId = s.uploadReady(Media.png(8, 8), "small.png");
            JsonNode f = s.get("/v1/files/" + fileId).json();
            assertThat(f.get("downloadSource").get("expiresAt").asLong() - now).isBetween(115L, 125L);
            assertThat(s.post("/v1/tools/generate-image", "{\"prompt\":\"" + "x".repeat(1100) + "\"}")
                            .status())
                    .isEqualTo(413);
            // the 413 above counted against tools-start too (every request but a 429 does)
            String body = "{\"imageStorageFileId\":\"" + fileId + "\"}";
            assertThat(s.post("/v1/tools/upscale-image", body).status()).isEqualTo(202);
            assertThat(s.post("/v1/tools/upscale-image", body).status()).isEqualTo(202);
            TestServer.Res limited = s.post("/v1/tools/upscale-image", body);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("X-RateLimit-Limit")).isEqualTo("3");
        }
    }

    @Test
    void workersTeamCapAndDisabledEnginesFromTheEnvironment() throws Exception {
        try (TestServer s = TestServer.startWithEnv(
                data,
                Map.of(
                        "FRAMEWRIGHT_WORKERS", "0",
                        "FRAMEWRIGHT_ENGINES_DISABLED", "ffmpeg-zscale-cas"))) {
            JsonNode engines = s.get("/v1/resources/engines").json().get("engines");
            JsonNode video = engines.get(9);
            assertThat(video.get("capability").asText()).isEqualTo("UPSCALE_VIDEO");
            assertThat(video.get("available").asBoolean()).isFalse();
            assertThat(video.get("reason").asText()).contains("FRAMEWRIGHT_ENGINES_DISABLED");
            TestServer.Res refused =
                    s.post("/v1/tools/upscale-video", "{\"videoStorageFileId\":\"vg_file_AAAAAAAAAAAAAAAAAAAAAA\"}");
            assertThat(refused.status()).isEqualTo(400); // body ids are checked before the engine
            // no worker on this node: an accepted execution waits in pending
            String fileId = s.uploadReady(Media.png(8, 8), "wait.png");
            String id = s.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + fileId + "\"}")
                    .json()
                    .get("toolExecutionId")
                    .asText();
            Thread.sleep(1500);
            assertThat(s.get("/v1/tools/executions/" + id).json().get("status").asText())
                    .isEqualTo("pending");
        }
    }

    @Test
    void theTeamConcurrencyCapKeepsTheRestPending() throws Exception {
        try (TestServer s = TestServer.startWithEnv(
                data, Map.of("FRAMEWRIGHT_TEAM_CONCURRENCY", "1", "FRAMEWRIGHT_WORKERS", "2"))) {
            String video = s.uploadReady(Videos.mp4(data, 320, 180, 6), "cap.mp4");
            String first = s.post("/v1/tools/upscale-video", "{\"videoStorageFileId\":\"" + video + "\"}")
                    .json()
                    .get("toolExecutionId")
                    .asText();
            String second = s.post("/v1/tools/upscale-video", "{\"videoStorageFileId\":\"" + video + "\"}")
                    .json()
                    .get("toolExecutionId")
                    .asText();
            s.await(
                    "/v1/tools/executions/" + first,
                    e -> e.get("status").asText().equals("running"),
                    Duration.ofSeconds(30));
            assertThat(s.get("/v1/tools/executions/" + second)
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("pending");
            assertThat(s.awaitTerminal(second, Duration.ofSeconds(120))
                            .get("status")
                            .asText())
                    .isEqualTo("succeeded");
        }
    }

    @Test
    void listCapIdempotencyRetentionAndWatermarkTextFromTheEnvironment() throws Exception {
        MutableClock clock = new MutableClock();
        try (TestServer s = TestServer.startWithEnv(
                data,
                clock,
                Map.of(
                        "FRAMEWRIGHT_LIST_CAP", "2",
                        "FRAMEWRIGHT_IDEMPOTENCY_RETENTION_HOURS", "1",
                        "FRAMEWRIGHT_WATERMARK_TEXT", "ZEBRA CROSSING",
                        // Lanczos serves upscale-image: fast on the large image the OCR below needs
                        "FRAMEWRIGHT_ENGINES_DISABLED", "esrgan-thick"))) {
            String image = s.uploadReady(Media.png(480, 360), "white.png");
            s.uploadReady(Media.png(8, 8), "b.png");
            s.uploadReady(Media.png(8, 8), "c.png");
            JsonNode unpaged = s.get("/v1/files").json();
            assertThat(unpaged.get("files")).hasSize(2);
            assertThat(unpaged.get("hasMore").asBoolean()).isTrue();
            assertThat(s.get("/v1/files?limit=3").json().get("files")).hasSize(3);

            String body = "{\"imageStorageFileId\":\"" + image + "\",\"watermarkMode\":\"VIDEO_GEN\"}";
            String first = startWithKey(s, body, "retained-1h");
            assertThat(startWithKey(s, body, "retained-1h")).isEqualTo(first);
            JsonNode done = s.awaitTerminal(first, Duration.ofSeconds(60));
            assertThat(done.get("status").asText()).isEqualTo("succeeded");

            // the mark says what the operator configured: read back by OCR from the bottom-right corner
            java.net.http.HttpResponse<byte[]> png = s.http.send(
                    HttpRequest.newBuilder(s.uri(done.get("results")
                                    .get(0)
                                    .get("file")
                                    .get("downloadSource")
                                    .get("url")
                                    .asText()))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(png.statusCode()).isEqualTo(200);

            // (after the download: the signed URL would have expired too)
            clock.advance(Duration.ofMinutes(61));
            assertThat(startWithKey(s, body, "retained-1h"))
                    .as("past the 1 h retention the key starts a new execution")
                    .isNotEqualTo(first);

            String text = ocr(png.body());
            org.junit.jupiter.api.Assumptions.assumeTrue(text != null, "tesseract is not installed (tesseract-ocr)");
            assertThat(text).contains("ZEBRA");
        }
    }

    /** Tesseract's reading of an image, or null when tesseract is not installed. */
    private String ocr(byte[] image) throws Exception {
        Path file = data.resolve("ocr.png");
        java.nio.file.Files.write(file, image);
        Process p;
        try {
            p = new ProcessBuilder("tesseract", file.toString(), "stdout", "--psm", "11")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (java.io.IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static String startWithKey(TestServer s, String body, String key) throws Exception {
        TestServer.Res r = s.send(HttpRequest.newBuilder(s.uri("/v1/tools/upscale-image"))
                .header("Authorization", "Bearer " + TestServer.KEY)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().get("toolExecutionId").asText();
    }

    @Test
    void invalidValuesRefuseTheStart() {
        assertThatThrownBy(() -> TestServer.startWithEnv(data, Map.of("FRAMEWRIGHT_MAX_UPLOAD_BYTES", "-1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRAMEWRIGHT_MAX_UPLOAD_BYTES");
        assertThatThrownBy(() -> TestServer.startWithEnv(data, Map.of("FRAMEWRIGHT_RATE_LIMITS", "nope=3")))
                .hasMessageContaining("rate-limits");
        assertThatThrownBy(() -> TestServer.startWithEnv(data, Map.of("FRAMEWRIGHT_ENGINES_DISABLED", "warp-drive")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown engine 'warp-drive'");
        assertThatThrownBy(() -> TestServer.startWithEnv(data, Map.of("FRAMEWRIGHT_WORKERS", "many")))
                .hasMessageContaining("FRAMEWRIGHT_WORKERS");
        assertThatThrownBy(() -> TestServer.startWithEnv(data, Map.of("FRAMEWRIGHT_WATERMARK_TEXT", "it's: 100%")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("FRAMEWRIGHT_WATERMARK_TEXT");
        assertThatThrownBy(() -> TestServer.startWithEnv(data, Map.of("FRAMEWRIGHT_LIST_CAP", "0")))
                .hasMessageContaining("FRAMEWRIGHT_LIST_CAP");
        assertThatThrownBy(
                        () -> TestServer.startWithEnv(data, Map.of("FRAMEWRIGHT_IDEMPOTENCY_RETENTION_HOURS", "9999")))
                .hasMessageContaining("1–720");
    }
}
