package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.engines.process.Subprocess;
import dev.framewright.engines.quality.FlatArt;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The single-asset image and video transforms over HTTP, with the real engines. */
class TransformsTest {
    @TempDir
    static java.nio.file.Path data;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static byte[] png(java.awt.image.BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static JsonNode run(String tool, String field, String fileId, String extra) throws Exception {
        TestServer.Res started = s.post("/v1/tools/" + tool, "{\"" + field + "\":\"" + fileId + "\"" + extra + "}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return s.awaitTerminal(started.json().get("toolExecutionId").asText(), Duration.ofMinutes(3));
    }

    static JsonNode output(JsonNode execution) {
        assertThat(execution.get("status").asText()).as(execution.toString()).isEqualTo("succeeded");
        return execution.get("results").get(0).get("file");
    }

    static byte[] download(JsonNode file) throws Exception {
        HttpResponse<byte[]> r = s.http.send(
                HttpRequest.newBuilder(
                                s.uri(file.get("downloadSource").get("url").asText()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void vectorizeImageReturnsAnSvgWithPreviewAndThumbnail() throws Exception {
        assumeTrue(Subprocess.which("potrace").isPresent(), "potrace is not installed (./framewright setup)");
        String in = s.uploadReady(png(FlatArt.all().get("shapes-logo")), "logo.png");
        JsonNode file = output(run("vectorize-image", "imageStorageFileId", in, ",\"watermarkMode\":\"VIDEO_GEN\""));
        assertThat(file.get("type").asText()).isEqualTo("IMAGE");
        assertThat(file.get("displayName").asText()).endsWith(" (vectorized)");
        assertThat(file.get("previewSource").get("status").asText()).isEqualTo("ready");
        assertThat(file.get("thumbnailSource").get("status").asText()).isEqualTo("ready");
        String svg = new String(download(file), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 320 240\"").contains("<path");
        // the watermark is a vector path (§10.7): white letters with a dark outline, drawn last
        assertThat(svg).contains("paint-order=\"stroke\"");
    }

    @Test
    void enginesListsPotraceWithItsLicence() {
        JsonNode engines = s.get("/v1/resources/engines").json().get("engines");
        JsonNode vectorize = find(engines, "VECTORIZE_IMAGE");
        assertThat(vectorize.get("engine").asText()).isEqualTo("potrace");
        assertThat(vectorize.get("details").get("license").asText()).startsWith("GPL-2.0");
    }

    static JsonNode find(JsonNode engines, String capability) {
        for (JsonNode e : engines) {
            if (e.get("capability").asText().equals(capability)) {
                return e;
            }
        }
        throw new AssertionError("no engine entry for " + capability + ": " + engines);
    }
}
