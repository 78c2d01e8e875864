package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Uploads of every common type over HTTP: sniffed type, probed facts, renditions; broken uploads. */
class UploadTypesTest {
    @TempDir
    static Path data;

    @TempDir
    static Path media;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** Makes a small file with ffmpeg from a lavfi source. */
    static byte[] make(String name, String... args) throws Exception {
        Path out = media.resolve(name);
        List<String> cmd = new java.util.ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-y"));
        cmd.addAll(List.of(args));
        cmd.add(out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        return Files.readAllBytes(out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "a.png,IMAGE,32,24,ready,ready,skipped",
        "a.jpg,IMAGE,32,24,ready,ready,skipped",
        "a.webp,IMAGE,32,24,ready,ready,skipped",
        "a.wav,AUDIO,,,skipped,ready,ready",
        "a.mp3,AUDIO,,,skipped,ready,ready",
        "a.mp4,VIDEO,64,48,ready,ready,ready"
    })
    void everyTypeIsSniffedProbedAndRendered(
            String name, String type, Integer width, Integer height, String thumb, String preview, String hls)
            throws Exception {
        byte[] bytes =
                switch (name) {
                    case "a.png" -> Media.png(32, 24);
                    case "a.jpg" -> Media.jpeg(32, 24);
                    case "a.webp" ->
                        make(name, "-f", "lavfi", "-i", "testsrc=size=32x24", "-frames:v", "1", "-c:v", "libwebp");
                    case "a.wav" -> make(name, "-f", "lavfi", "-i", "sine=frequency=440:duration=1");
                    case "a.mp3" ->
                        make(name, "-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "libmp3lame");
                    default -> Videos.mp4(media, 64, 48, 1);
                };
        // no declared type: detected from the bytes
        String id = s.uploadReady(bytes, name);
        JsonNode f = s.get("/v1/files/" + id).json();
        assertThat(f.get("type").asText()).isEqualTo(type);
        JsonNode download = f.get("downloadSource");
        assertThat(download.get("status").asText()).isEqualTo("ready");
        assertThat(download.get("fileBytes").asLong()).isEqualTo(bytes.length);
        if (width != null) {
            assertThat(download.get("width").asInt()).isEqualTo(width);
            assertThat(download.get("height").asInt()).isEqualTo(height);
        }
        if (!type.equals("IMAGE")) {
            assertThat(f.get("durationSeconds").asDouble()).isBetween(0.9, 1.2);
        }
        assertThat(f.get("thumbnailSource").get("status").asText()).isEqualTo(thumb);
        assertThat(f.get("previewSource").get("status").asText()).isEqualTo(preview);
        assertThat(f.get("hlsSource").get("status").asText()).isEqualTo(hls);
        if (hls.equals("ready")) {
            TestServer.Res playlist = s.send(
                    HttpRequest.newBuilder(s.uri(f.get("hlsSource").get("url").asText())));
            assertThat(playlist.status()).isEqualTo(200);
            assertThat(playlist.header("Content-Type")).startsWith("application/vnd.apple.mpegurl");
            String segment = playlist.body()
                    .lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .findFirst()
                    .orElseThrow();
            URI segmentUri = URI.create(f.get("hlsSource").get("url").asText()).resolve(segment);
            assertThat(s.send(HttpRequest.newBuilder(segmentUri)).status()).isEqualTo(200);
        }
    }

    @Test
    void bytesThatContradictTheDeclaredTypeFailTheUpload() throws Exception {
        JsonNode created = s.post("/v1/files/upload", "{\"displayName\":\"liar.mp3\",\"type\":\"AUDIO\"}")
                .json();
        String id = created.get("fileId").asText();
        assertThat(s.send(HttpRequest.newBuilder(s.uri(created.get("uploadUrl").asText()))
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(Media.png(8, 8))))
                        .status())
                .isEqualTo(200);
        JsonNode f = s.await(
                "/v1/files/" + id,
                x -> x.get("downloadSource").get("status").asText().equals("failed"),
                Duration.ofSeconds(30));
        assertThat(f.get("type").asText()).isEqualTo("AUDIO");
        assertThat(f.get("previewSource").get("status").asText()).isEqualTo("failed");
        // garbage that is no media at all
        JsonNode junk =
                s.post("/v1/files/upload", "{\"displayName\":\"junk.bin\"}").json();
        s.send(HttpRequest.newBuilder(s.uri(junk.get("uploadUrl").asText()))
                .PUT(HttpRequest.BodyPublishers.ofString("just some text, not media")));
        JsonNode j = s.await(
                "/v1/files/" + junk.get("fileId").asText(),
                x -> x.get("downloadSource").get("status").asText().equals("failed"),
                Duration.ofSeconds(30));
        assertThat(j.get("type").isNull()).isTrue();
    }

    @Test
    void anInterruptedPutDoesNotConsumeTheUrl() throws Exception {
        JsonNode created =
                s.post("/v1/files/upload", "{\"displayName\":\"half.png\"}").json();
        URI url = URI.create(created.get("uploadUrl").asText());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + "\r\n"
                            + "Content-Length: 100000\r\nContent-Type: image/png\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1000]);
            out.flush();
        } // the connection drops after 1000 of 100000 bytes
        Thread.sleep(300);
        String id = created.get("fileId").asText();
        assertThat(s.get("/v1/files/" + id)
                        .json()
                        .get("downloadSource")
                        .get("status")
                        .asText())
                .isEqualTo("pending");
        byte[] png = Media.png(10, 10);
        assertThat(s.send(HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofByteArray(png)))
                        .status())
                .isEqualTo(200);
        JsonNode f = s.await(
                "/v1/files/" + id,
                x -> x.get("downloadSource").get("status").asText().equals("ready"),
                Duration.ofSeconds(30));
        assertThat(f.get("downloadSource").get("fileBytes").asLong()).isEqualTo(png.length);
    }

    @Test
    void chunkedUploadsAndCorsPreflight() throws Exception {
        JsonNode created =
                s.post("/v1/files/upload", "{\"displayName\":\"chunked.png\"}").json();
        byte[] png = Media.png(12, 12);
        // an InputStream publisher of unknown length is sent chunked
        TestServer.Res put =
                s.send(HttpRequest.newBuilder(s.uri(created.get("uploadUrl").asText()))
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(png))));
        assertThat(put.status()).isEqualTo(200);
        TestServer.Res preflight =
                s.send(HttpRequest.newBuilder(s.uri(created.get("uploadUrl").asText()))
                        .header("Origin", "https://app.example")
                        .header("Access-Control-Request-Method", "PUT")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.status()).isBetween(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PUT");
    }
}
