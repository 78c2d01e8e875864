package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-tool time limit, numResults, temporary outputs and visible watermarks, over HTTP. */
class ExecutionLimitsTest {
    @TempDir
    static Path data;

    @TempDir
    static Path media;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data, "--execution-timeout-seconds", "2");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void aRunPastTheTimeLimitFailsTimedOutAndLeavesNoEngineRunning() throws Exception {
        String video = s.uploadReady(Videos.mp4(media, 640, 360, 15), "slow.mp4");
        String id = s.post("/v1/tools/upscale-video", "{\"videoStorageFileId\":\"" + video + "\"}")
                .json()
                .get("toolExecutionId")
                .asText();
        JsonNode end = s.awaitTerminal(id, Duration.ofSeconds(60));
        assertThat(end.get("status").asText()).isEqualTo("failed");
        assertThat(end.get("error").get("code").asText()).isEqualTo("timed_out");
        assertThat(end.get("error").get("message").asText()).doesNotContain("/");
        assertThat(Videos.ffmpegUnder(data.resolve("tmp/executions"))).isEmpty();
    }

    @TempDir
    static Path other;

    @Test
    void numResultsTemporaryOutputsAndWatermarks() throws Exception {
        // its own server: no 2 s limit, and the Lanczos engine (whose watermark this checks) serving
        try (TestServer lanczos = TestServer.start(other, "--engines-disabled", "esrgan-thick")) {
            numResultsTemporaryOutputsAndWatermarks(lanczos);
        }
    }

    private static void numResultsTemporaryOutputsAndWatermarks(TestServer s) throws Exception {
        String image = s.uploadReady(Media.png(64, 64), "mark.png");
        String plain = s.post(
                        "/v1/tools/upscale-image",
                        "{\"imageStorageFileId\":\"" + image
                                + "\",\"numResults\":2,\"isOutputTemporary\":true,\"watermarkMode\":\"NONE\"}")
                .json()
                .get("toolExecutionId")
                .asText();
        String marked = s.post(
                        "/v1/tools/upscale-image",
                        "{\"imageStorageFileId\":\"" + image + "\",\"watermarkMode\":\"VIDEO_GEN\"}")
                .json()
                .get("toolExecutionId")
                .asText();
        JsonNode p = s.awaitTerminal(plain, Duration.ofSeconds(60));
        JsonNode m = s.awaitTerminal(marked, Duration.ofSeconds(60));
        assertThat(p.get("results")).hasSize(2);
        assertThat(p.get("results").get(0).get("fileId").asText())
                .isNotEqualTo(p.get("results").get(1).get("fileId").asText());
        assertThat(p.get("results").get(0).get("file").get("scope").asText()).isEqualTo("TEMPORARY");
        assertThat(m.get("results").get(0).get("file").get("scope").asText()).isEqualTo("GLOBAL");
        BufferedImage a = download(s, p.get("results").get(0).get("file"));
        BufferedImage b = download(s, m.get("results").get(0).get("file"));
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        int differing = 0;
        for (int y = b.getHeight() * 3 / 4; y < b.getHeight(); y++) {
            for (int x = b.getWidth() / 2; x < b.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels changed by the visible watermark").isGreaterThan(50);
    }

    private static BufferedImage download(TestServer s, JsonNode file) throws Exception {
        HttpResponse<byte[]> r = s.http.send(
                HttpRequest.newBuilder(
                                s.uri(file.get("downloadSource").get("url").asText()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return ImageIO.read(new ByteArrayInputStream(r.body()));
    }
}
