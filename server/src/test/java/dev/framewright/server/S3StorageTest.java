package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One node (role all, SQLite) with its file bytes in an S3 bucket (S3Proxy, signatures checked):
 * uploads land through presigned PUTs and are picked up by the bucket watcher, sources are presigned
 * GETs except private HLS, which the node streams from the bucket, tools read inputs from and write
 * outputs to the bucket, and an oversized upload fails when it arrives (docs/scale-out.md).
 */
class S3StorageTest {
    static final long MAX_UPLOAD = 200_000;

    @TempDir
    static Path dir;

    static S3ProxyProcess s3;
    static TestServer server;
    private final HttpClient plain = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        s3 = S3ProxyProcess.start(dir);
        server = TestServer.start(
                dir.resolve("data"),
                "--s3-endpoint",
                s3.endpoint(),
                "--s3-bucket",
                "framewright-one",
                "--s3-access-key",
                S3ProxyProcess.ACCESS,
                "--s3-secret-key",
                S3ProxyProcess.SECRET,
                "--s3-path-style",
                "true",
                "--max-upload-bytes",
                String.valueOf(MAX_UPLOAD),
                "--engines-disabled",
                "esrgan-thick");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    /** Creates an upload and PUTs the bytes to its presigned URL, without an API key. */
    private String put(String name, byte[] bytes) throws Exception {
        JsonNode created = server.post("/v1/files/upload", "{\"displayName\":\"" + name + "\"}")
                .json();
        URI url = URI.create(created.get("uploadUrl").asText());
        assertThat(url.getPort()).isEqualTo(s3.port);
        HttpResponse<String> r = plain.send(
                HttpRequest.newBuilder(url)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return created.get("fileId").asText();
    }

    @Test
    void audioDownloadsFromTheBucketAndPlaysThroughTheNode() throws Exception {
        byte[] wav = Media.wav(2.0);
        String id = put("tone.wav", wav);
        JsonNode f = server.await(
                "/v1/files/" + id,
                j -> j.path("hlsSource").path("status").asText().equals("ready"),
                Duration.ofSeconds(90));
        URI download = URI.create(f.get("downloadSource").get("url").asText());
        assertThat(download.getPort()).isEqualTo(s3.port);
        HttpResponse<byte[]> got =
                plain.send(HttpRequest.newBuilder(download).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(got.body()).isEqualTo(wav);
        assertThat(got.headers().firstValue("Content-Type")).contains("audio/wav");
        URI preview = URI.create(f.get("previewSource").get("url").asText());
        assertThat(preview.getPort()).isEqualTo(s3.port);
        // HLS segments are relative to the playlist: the node serves both, reading the bucket
        URI playlist = URI.create(f.get("hlsSource").get("url").asText());
        assertThat(playlist.toString()).startsWith(server.base() + "/media/hls/");
        HttpResponse<String> m3u8 =
                plain.send(HttpRequest.newBuilder(playlist).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(m3u8.statusCode()).isEqualTo(200);
        String segment = m3u8.body()
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .findFirst()
                .orElseThrow();
        HttpResponse<byte[]> seg = plain.send(
                HttpRequest.newBuilder(playlist.resolve(segment)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(seg.statusCode()).isEqualTo(200);
        assertThat(seg.body()).isNotEmpty();
    }

    @Test
    void toolsReadInputsFromAndWriteOutputsToTheBucket() throws Exception {
        String image = put("small.png", Media.png(40, 30));
        server.await(
                "/v1/files/" + image,
                j -> j.path("downloadSource").path("status").asText().equals("ready"),
                Duration.ofSeconds(60));
        String exec = server.post("/v1/tools/upscale-image", "{\"imageStorageFileId\":\"" + image + "\"}")
                .json()
                .get("toolExecutionId")
                .asText();
        JsonNode done = server.awaitTerminal(exec, Duration.ofSeconds(60));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("succeeded");
        JsonNode out = done.get("results").get(0).get("file").get("downloadSource");
        assertThat(out.get("width").asInt()).isEqualTo(80);
        URI url = URI.create(out.get("url").asText());
        assertThat(url.getPort()).isEqualTo(s3.port);
        byte[] png = plain.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png))
                        .getWidth())
                .isEqualTo(80);
    }

    @Test
    void anUploadOverTheLimitFailsWhenItArrives() throws Exception {
        byte[] big = new byte[(int) MAX_UPLOAD + 1];
        String id = put("big.bin", big);
        JsonNode f = server.await(
                "/v1/files/" + id,
                j -> j.path("downloadSource").path("status").asText().equals("failed"),
                Duration.ofSeconds(30));
        assertThat(f.get("previewSource").get("status").asText()).isEqualTo("failed");
    }

    @Test
    void readinessListsThisNode() {
        JsonNode ready = server.get("/readyz").json();
        assertThat(ready.get("status").asText()).isEqualTo("ready");
        assertThat(ready.get("role").asText()).isEqualTo("all");
        assertThat(ready.get("nodes")).hasSize(1);
        assertThat(ready.get("nodes").get(0).get("nodeId").asText())
                .isEqualTo(ready.get("node").asText());
    }
}
