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

/** The walking skeleton over HTTP on loopback: upload → ready → upscale-image → signed download. */
class SkeletonFlowTest {
    @TempDir
    static Path data;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String uploadReady(byte[] bytes, String name) throws Exception {
        TestServer.Res created = s.post("/v1/files/upload", "{\"displayName\":\"" + name + "\"}");
        assertThat(created.status()).isEqualTo(200);
        String fileId = created.json().get("fileId").asText();
        String uploadUrl = created.json().get("uploadUrl").asText();
        assertThat(uploadUrl).startsWith(s.base() + "/upload/");
        // unauthenticated PUT with an arbitrary Content-Type, as the SDKs do
        TestServer.Res put = s.send(HttpRequest.newBuilder(s.uri(uploadUrl))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.body()).isEmpty();
        JsonNode ready = s.await(
                "/v1/files/" + fileId,
                f -> f.path("downloadSource").path("status").asText().equals("ready")
                        && !f.path("previewSource").path("status").asText().equals("pending"),
                Duration.ofSeconds(30));
        assertThat(ready.get("type").asText()).isEqualTo("IMAGE");
        return fileId;
    }

    @Test
    void uploadThenUpscaleThenDownloadTheLargerPng() throws Exception {
        String fileId = uploadReady(Media.png(40, 30), "cat.png");
        JsonNode file = s.get("/v1/files/" + fileId).json();
        assertThat(file.get("downloadSource").get("width").asInt()).isEqualTo(40);
        assertThat(file.get("downloadSource").get("height").asInt()).isEqualTo(30);
        assertThat(file.get("scope").asText()).isEqualTo("GLOBAL");
        assertThat(file.get("thumbnailSource").get("status").asText()).isEqualTo("ready");
        assertThat(file.get("hlsSource").get("status").asText()).isEqualTo("skipped");

        TestServer.Res started = s.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + fileId + "\"}");
        assertThat(started.status()).isEqualTo(202);
        String execId = started.json().get("toolExecutionId").asText();
        assertThat(execId).matches("vg_exec_[A-Za-z0-9]{22}");

        JsonNode done = s.await(
                "/v1/tools/executions/" + execId,
                e -> e.get("status").asText().matches("succeeded|failed|cancelled"),
                Duration.ofSeconds(60));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("succeeded");
        assertThat(done.get("toolType").asText()).isEqualTo("UPSCALE_IMAGE");
        assertThat(done.get("progressPercentage").asInt()).isEqualTo(100);
        assertThat(done.get("error").isNull()).isTrue();
        assertThat(done.get("inputs").get("imageStorageFileId").asText()).isEqualTo(fileId);
        assertThat(done.get("inputs").get("numResults").asInt()).isEqualTo(1);
        JsonNode result = done.get("results").get(0);
        assertThat(result.get("type").asText()).isEqualTo("IMAGE");
        JsonNode out = result.get("file");
        assertThat(out.get("sourceToolType").asText()).isEqualTo("UPSCALE_IMAGE");
        assertThat(out.get("sourceToolExecutionId").asText()).isEqualTo(execId);
        assertThat(out.get("displayName").asText()).isEqualTo("cat.png (upscaled)");
        String url = out.get("downloadSource").get("url").asText();
        assertThat(out.get("downloadSource").get("expiresAt").asLong())
                .isGreaterThan(System.currentTimeMillis() / 1000);

        HttpResponse<byte[]> download =
                s.http.send(HttpRequest.newBuilder(s.uri(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"cat.png (upscaled).png\"");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(download.body()));
        assertThat(img.getWidth()).isEqualTo(80);
        assertThat(img.getHeight()).isEqualTo(60);

        // the output is listed, most recently updated first
        JsonNode list = s.get("/v1/files").json();
        assertThat(list.get("files").get(0).get("fileId").asText())
                .isEqualTo(result.get("fileId").asText());
        assertThat(list.get("hasMore").asBoolean()).isFalse();
    }

    @Test
    void signedDownloadsHonourRangeAndEtag() throws Exception {
        byte[] png = Media.png(16, 16);
        String fileId = uploadReady(png, "range.png");
        String url = s.get("/v1/files/" + fileId)
                .json()
                .get("downloadSource")
                .get("url")
                .asText();
        int size = png.length;

        TestServer.Res first = s.send(HttpRequest.newBuilder(s.uri(url)).header("Range", "bytes=0-0"));
        assertThat(first.status()).isEqualTo(206);
        assertThat(first.header("Content-Range")).isEqualTo("bytes 0-0/" + size);
        assertThat(first.header("Content-Length")).isEqualTo("1");

        TestServer.Res suffix = s.send(HttpRequest.newBuilder(s.uri(url)).header("Range", "bytes=-10"));
        assertThat(suffix.status()).isEqualTo(206);
        assertThat(suffix.header("Content-Range")).isEqualTo("bytes " + (size - 10) + "-" + (size - 1) + "/" + size);

        TestServer.Res past = s.send(HttpRequest.newBuilder(s.uri(url)).header("Range", "bytes=" + size + "-"));
        assertThat(past.status()).isEqualTo(416);
        assertThat(past.header("Content-Range")).isEqualTo("bytes */" + size);

        TestServer.Res full = s.send(HttpRequest.newBuilder(s.uri(url)));
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(full.header("Access-Control-Allow-Origin")).isEqualTo("*");
        String etag = full.header("ETag");
        assertThat(etag).startsWith("\"");
        TestServer.Res cached = s.send(HttpRequest.newBuilder(s.uri(url)).header("If-None-Match", etag));
        assertThat(cached.status()).isEqualTo(304);
    }

    @Test
    void tamperedAndExpiredMediaUrlsAre403() throws Exception {
        String fileId = uploadReady(Media.jpeg(20, 20), "photo.jpg");
        String url = s.get("/v1/files/" + fileId)
                .json()
                .get("downloadSource")
                .get("url")
                .asText();
        String tampered = url.replace("/media/download/", "/media/preview/");
        TestServer.Res r = s.send(HttpRequest.newBuilder(s.uri(tampered)));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("invalid_signature");
        String[] parts = url.split("/");
        // parts: http: '' host media download fileId exp sig name
        long exp = Long.parseLong(parts[6]);
        String otherExp = url.replace("/" + exp + "/", "/" + (exp + 1) + "/");
        assertThat(s.send(HttpRequest.newBuilder(s.uri(otherExp))).code()).isEqualTo("invalid_signature");
    }

    @Test
    void anUploadUrlIsConsumedOnceAndContentIsSniffed() throws Exception {
        TestServer.Res created = s.post("/v1/files/upload", "{\"displayName\":\"not really\",\"type\":\"VIDEO\"}");
        String fileId = created.json().get("fileId").asText();
        String uploadUrl = created.json().get("uploadUrl").asText();
        assertThat(s.get("/v1/files/" + fileId).json().get("type").asText()).isEqualTo("VIDEO");
        assertThat(s.send(HttpRequest.newBuilder(s.uri(uploadUrl))
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(Media.png(8, 8))))
                        .status())
                .isEqualTo(200);
        TestServer.Res again = s.send(
                HttpRequest.newBuilder(s.uri(uploadUrl)).PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1})));
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.code()).isEqualTo("url_expired");
        JsonNode failed = s.await(
                "/v1/files/" + fileId,
                f -> f.path("downloadSource").path("status").asText().equals("failed"),
                Duration.ofSeconds(30));
        assertThat(failed.get("previewSource").get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("thumbnailSource").get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("hlsSource").get("status").asText()).isEqualTo("failed");
    }
}
