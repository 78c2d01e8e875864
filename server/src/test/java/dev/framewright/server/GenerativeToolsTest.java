package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.engines.avatar.SpeechLike;
import dev.framewright.engines.process.Subprocess;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generative tools' local engines and the presenter catalogue, over HTTP with the real server. */
class GenerativeToolsTest {
    @TempDir
    static Path data;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Subprocess.which("ffmpeg").isPresent(), "ffmpeg is not installed (apt-get install ffmpeg)");
        s = TestServer.start(data);
    }

    @AfterAll
    static void stop() {
        if (s != null) {
            s.close();
        }
    }

    private static JsonNode succeeded(String tool, String body) throws InterruptedException {
        TestServer.Res started = s.post("/v1/tools/" + tool, body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode done = s.awaitTerminal(started.json().get("toolExecutionId").asText(), Duration.ofSeconds(120));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("succeeded");
        return done;
    }

    private static byte[] download(JsonNode file) {
        return bytes(file.get("downloadSource").get("url").asText(), false);
    }

    /** GET without any Authorization header. */
    private static byte[] bytes(String url, boolean expectNoAuth) {
        try {
            HttpResponse<byte[]> r = s.http.send(
                    HttpRequest.newBuilder(s.uri(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            return r.body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void generateImageRendersTheExactRatioAndSaysItIsProcedural() throws Exception {
        String body = "{\"prompt\":\"a red and purple sunset over three trees\",\"aspectRatio\":{\"width\":4,"
                + "\"height\":3},\"numResults\":2}";

        JsonNode first = succeeded("generate-image", body);
        JsonNode again = succeeded("generate-image", body);

        JsonNode file = first.get("results").get(0).get("file");
        assertThat(file.get("type").asText()).isEqualTo("IMAGE");
        assertThat(file.get("downloadSource").get("width").asInt()).isEqualTo(1024);
        assertThat(file.get("downloadSource").get("height").asInt()).isEqualTo(768);
        assertThat(file.get("description").asText()).contains("not a diffusion model");
        assertThat(file.get("displayName").asText()).isEqualTo("a red and purple sunset over three trees");
        byte[] a0 = download(file);
        byte[] a1 = download(first.get("results").get(1).get("file"));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(a0));
        assertThat(img.getWidth() * 3).isEqualTo(img.getHeight() * 4);
        assertThat(a1).isNotEqualTo(a0);
        assertThat(download(again.get("results").get(0).get("file"))).isEqualTo(a0);
        JsonNode engine = s.get("/v1/resources/engines").json().get("engines").get(0);
        assertThat(engine.get("engine").asText()).isEqualTo("procedural-scene");
        assertThat(engine.get("details").get("kind").asText()).contains("not a diffusion model");
    }

    @Test
    void presentersAreListedWithMediaThatNeedsNoAuth() throws Exception {
        JsonNode list = s.get("/v1/resources/avatar-presenters").json().get("avatarPresenters");

        assertThat(list.size()).isGreaterThanOrEqualTo(6);
        assertThat(list.findValuesAsText("displayableGender")).contains("FEMALE", "MALE", "NEUTRAL");
        JsonNode ada = list.get(0);
        assertThat(ada.get("avatarPresenterId").asText()).isEqualTo("vg_pres_ada");
        assertThat(ada.get("imageUrl").asText()).isEqualTo(s.base() + "/presenters/vg_pres_ada/image.png");
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(bytes(ada.get("imageUrl").asText(), true)));
        BufferedImage thumb = ImageIO.read(
                new ByteArrayInputStream(bytes(ada.get("thumbnailUrl").asText(), true)));
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(thumb.getWidth()).isEqualTo(256);
        Path preview = Files.write(
                data.resolve("preview.mp4"), bytes(ada.get("previewVideoUrl").asText(), true));
        assertThat(Videos.probe(preview)).isEqualTo("512,512 audio=1");
        TestServer.Res unknown = s.send(HttpRequest.newBuilder(s.uri("/presenters/vg_pres_nobody/image.png")));
        assertThat(unknown.status()).isEqualTo(404);
        TestServer.Res range =
                s.send(HttpRequest.newBuilder(s.uri(ada.get("previewVideoUrl").asText()))
                        .header("Range", "bytes=0-99"));
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.header("Cache-Control")).startsWith("public");
    }

    @Test
    void generateAvatarSpeaksAnUploadedAudioFile() throws Exception {
        Path wav = data.resolve("speech.wav");
        SpeechLike.writeWav(SpeechLike.samples(3, 150, 9), wav);
        String audio = s.uploadReady(Files.readAllBytes(wav), "speech.wav");

        JsonNode done = succeeded(
                "generate-avatar", "{\"avatarPresenterId\":\"vg_pres_chen\",\"audioStorageFileId\":\"" + audio + "\"}");

        JsonNode file = done.get("results").get(0).get("file");
        assertThat(file.get("type").asText()).isEqualTo("VIDEO");
        assertThat(file.get("durationSeconds").asDouble()).isBetween(2.9, 3.3);
        Path mp4 = Files.write(data.resolve("avatar.mp4"), download(file));
        assertThat(Videos.probe(mp4)).isEqualTo("512,512 audio=1");
        TestServer.Res unknown = s.post(
                "/v1/tools/generate-avatar",
                "{\"avatarPresenterId\":\"vg_pres_nobody\",\"audioStorageFileId\":\"" + audio + "\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("message").asText()).isEqualTo("avatarPresenterId: unknown presenter");
    }

    @Test
    void generateVideoClipAnimatesThePromptWithAnAudioTrack() throws Exception {
        JsonNode done = succeeded(
                "generate-video-clip",
                "{\"prompt\":\"rain over a city at night\",\"generateAudio\":true,\"aspectRatio\":{\"width\":9,"
                        + "\"height\":16}}");

        JsonNode file = done.get("results").get(0).get("file");
        assertThat(file.get("type").asText()).isEqualTo("VIDEO");
        assertThat(file.get("durationSeconds").asDouble()).isBetween(4.9, 5.2);
        assertThat(file.get("description").asText()).contains("not a diffusion model");
        Path mp4 = Files.write(data.resolve("clip.mp4"), download(file));
        assertThat(Videos.probe(mp4)).isEqualTo("540,960 audio=1");
    }
}
