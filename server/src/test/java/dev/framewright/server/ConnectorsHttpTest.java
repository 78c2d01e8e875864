package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.framewright.server.config.ConfigException;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configured connector serves generate-image over HTTP; the order setting and the fallback. */
class ConnectorsHttpTest {
    @TempDir
    Path data;

    HttpServer fake;
    final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void fakeOpenAi() throws Exception {
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/v1/images/generations", ex -> {
            calls.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            var img = new java.awt.image.BufferedImage(1536, 1024, java.awt.image.BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(img, "png", png);
            byte[] body = ("{\"created\":1,\"data\":[{\"b64_json\":\""
                            + Base64.getEncoder().encodeToString(png.toByteArray()) + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        fake.start();
    }

    @AfterEach
    void stop() {
        fake.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + fake.getAddress().getPort();
    }

    @Test
    void aConfiguredConnectorServesBeforeTheProceduralRenderer() throws Exception {
        // the fake is on loopback: the outbound policy must allow private addresses for it
        try (TestServer s = TestServer.start(
                data,
                "--openai-images-url",
                url(),
                "--openai-images-key",
                "sk-x",
                "--outbound-allow-private",
                "true")) {
            JsonNode engine =
                    s.get("/v1/resources/engines").json().get("engines").get(0);
            assertThat(engine.get("engine").asText()).isEqualTo("openai-images");
            assertThat(engine.get("details").get("kind").asText()).contains("remote generative model");

            String id = s.post(
                            "/v1/tools/generate-image",
                            "{\"prompt\":\"a heron\",\"aspectRatio\":{\"width\":16," + "\"height\":9}}")
                    .json()
                    .get("toolExecutionId")
                    .asText();
            JsonNode done = s.awaitTerminal(id, Duration.ofSeconds(60));

            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("succeeded");
            JsonNode file = done.get("results").get(0).get("file");
            assertThat(file.get("description").asText()).contains("OpenAI-compatible");
            assertThat(file.get("downloadSource").get("width").asInt() * 9)
                    .isEqualTo(file.get("downloadSource").get("height").asInt() * 16);
            assertThat(calls.get()).isEqualTo(1);
        }
    }

    @Test
    void theSsrfGuardRefusesALoopbackServiceUnlessAllowed() throws Exception {
        try (TestServer s = TestServer.start(data, "--openai-images-url", url())) {
            String id = s.post("/v1/tools/generate-image", "{\"prompt\":\"a heron\"}")
                    .json()
                    .get("toolExecutionId")
                    .asText();
            JsonNode done = s.awaitTerminal(id, Duration.ofSeconds(60));

            assertThat(done.get("status").asText()).isEqualTo("failed");
            assertThat(done.get("error").get("code").asText()).isEqualTo("engine_failed");
            assertThat(done.get("error").get("message").asText())
                    .startsWith("The OpenAI-compatible image service was refused by the outbound policy: 127.0.0.1");
            assertThat(calls.get()).isZero();
        }
    }

    @Test
    void theOrderSettingPutsTheLocalEngineFirst() throws Exception {
        try (TestServer s = TestServer.start(
                data, "--openai-images-url", url(), "--generate-image-engines", "procedural-scene,openai-images")) {
            assertThat(s.get("/v1/resources/engines")
                            .json()
                            .get("engines")
                            .get(0)
                            .get("engine")
                            .asText())
                    .isEqualTo("procedural-scene");
        }
        try (TestServer s =
                TestServer.start(data, "--openai-images-url", url(), "--engines-disabled", "openai-images")) {
            assertThat(s.get("/v1/resources/engines")
                            .json()
                            .get("engines")
                            .get(0)
                            .get("engine")
                            .asText())
                    .isEqualTo("procedural-scene");
        }
        assertThatThrownBy(() -> TestServer.start(data, "--generate-image-engines", "midjourney"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown engine 'midjourney' in generate-image-engines");
    }

    @Test
    void falServesThroughItsQueueWithTheKeyOnlyOnTheQueueHost() throws Exception {
        String req = "/fal-ai/flux/schnell/requests/r-1";
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        fake.createContext("/fal-ai/flux/schnell", ex -> {
            String path = ex.getRequestURI().getPath();
            seen.add(ex.getRequestMethod() + " " + path + " "
                    + ex.getRequestHeaders().getFirst("Authorization"));
            ex.getRequestBody().readAllBytes();
            String body;
            if (ex.getRequestMethod().equals("POST")) {
                body = "{\"request_id\":\"r-1\",\"status_url\":\"" + url() + req + "/status\"," + "\"response_url\":\""
                        + url() + req + "\",\"cancel_url\":\"" + url() + req + "/cancel\"}";
            } else if (path.endsWith("/status")) {
                body = "{\"status\":\"COMPLETED\",\"response_url\":\"" + url() + req + "\"}";
            } else {
                body = "{\"images\":[{\"url\":\"http://localhost:"
                        + fake.getAddress().getPort() + "/cdn/out.png\",\"content_type\":\"image/png\"}]}";
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        fake.createContext("/cdn/", ex -> {
            seen.add("GET " + ex.getRequestURI().getPath() + " "
                    + ex.getRequestHeaders().getFirst("Authorization"));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(
                    new java.awt.image.BufferedImage(800, 800, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
            ex.getResponseHeaders().set("Content-Type", "image/png");
            ex.sendResponseHeaders(200, png.size());
            ex.getResponseBody().write(png.toByteArray());
            ex.close();
        });
        try (TestServer s =
                TestServer.start(data, "--fal-key", "fk-1", "--fal-url", url(), "--outbound-allow-private", "true")) {
            assertThat(s.get("/v1/resources/engines")
                            .json()
                            .get("engines")
                            .get(0)
                            .get("engine")
                            .asText())
                    .isEqualTo("fal");
            String id = s.post("/v1/tools/generate-image", "{\"prompt\":\"a heron\"}")
                    .json()
                    .get("toolExecutionId")
                    .asText();
            JsonNode done = s.awaitTerminal(id, Duration.ofSeconds(60));

            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("succeeded");
            assertThat(done.get("results").get(0).get("file").get("description").asText())
                    .contains("fal (fal-ai/flux/schnell)");
            assertThat(seen)
                    .containsExactly(
                            "POST /fal-ai/flux/schnell Key fk-1",
                            "GET " + req + "/status Key fk-1",
                            "GET " + req + " Key fk-1",
                            "GET /cdn/out.png null");
        }
    }

    @Test
    void dIdServesGenerateAvatarWhenConfigured() throws Exception {
        Path clip = data.resolve("talk.mp4");
        Process ff = new ProcessBuilder(
                        "ffmpeg",
                        "-nostdin",
                        "-loglevel",
                        "error",
                        "-y",
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc=size=320x320:rate=25:duration=1",
                        "-f",
                        "lavfi",
                        "-i",
                        "sine=duration=1",
                        "-c:v",
                        "libx264",
                        "-pix_fmt",
                        "yuv420p",
                        "-c:a",
                        "aac",
                        "-shortest",
                        clip.toString())
                .inheritIO()
                .start();
        assertThat(ff.waitFor()).isZero();
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        fake.createContext("/", ex -> {
            String line = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
            seen.add(line + " " + ex.getRequestHeaders().getFirst("Authorization"));
            ex.getRequestBody().readAllBytes();
            byte[] body;
            String type = "application/json";
            if (line.equals("POST /images")) {
                body = "{\"id\":\"img_1\",\"url\":\"s3://bucket/img_1.png\"}".getBytes(StandardCharsets.UTF_8);
            } else if (line.equals("POST /audios")) {
                body = "{\"id\":\"aud_1\",\"url\":\"s3://bucket/aud_1.wav\",\"duration\":2}"
                        .getBytes(StandardCharsets.UTF_8);
            } else if (line.startsWith("POST /talks")) {
                body = "{\"id\":\"tlk_1\",\"object\":\"talk\",\"status\":\"created\"}".getBytes(StandardCharsets.UTF_8);
            } else if (line.equals("GET /talks/tlk_1")) {
                body = ("{\"id\":\"tlk_1\",\"status\":\"done\",\"result_url\":\"http://localhost:"
                                + fake.getAddress().getPort() + "/results/tlk_1.mp4\"}")
                        .getBytes(StandardCharsets.UTF_8);
            } else {
                body = java.nio.file.Files.readAllBytes(clip);
                type = "video/mp4";
            }
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        try (TestServer s = TestServer.start(
                data, "--did-key", "ZGlk:key", "--did-url", url(), "--outbound-allow-private", "true")) {
            Path wav = data.resolve("speech.wav");
            dev.framewright.engines.avatar.SpeechLike.writeWav(
                    dev.framewright.engines.avatar.SpeechLike.samples(2, 150, 3), wav);
            String audio = s.uploadReady(java.nio.file.Files.readAllBytes(wav), "speech.wav");
            String id = s.post(
                            "/v1/tools/generate-avatar",
                            "{\"avatarPresenterId\":\"vg_pres_chen\",\"audioStorageFileId\":\"" + audio + "\"}")
                    .json()
                    .get("toolExecutionId")
                    .asText();
            JsonNode done = s.awaitTerminal(id, Duration.ofSeconds(60));

            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("succeeded");
            JsonNode file = done.get("results").get(0).get("file");
            assertThat(file.get("description").asText()).contains("D-ID").contains("vg_pres_chen");
            assertThat(file.get("type").asText()).isEqualTo("VIDEO");
            assertThat(seen)
                    .containsExactly(
                            "POST /images Basic ZGlk:key",
                            "POST /audios Basic ZGlk:key",
                            "POST /talks Basic ZGlk:key",
                            "GET /talks/tlk_1 Basic ZGlk:key",
                            "GET /results/tlk_1.mp4 null");
        }
        assertThatThrownBy(() -> TestServer.start(data, "--generate-avatar-engines", "heygen"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(
                        "unknown engine 'heygen' in generate-avatar-engines; known: d-id, java2d-presenters");
    }

    @Test
    void aComfyUiVideoWorkflowServesGenerateVideoClipUnlessOrderedAfter() throws Exception {
        Path workflow = java.nio.file.Files.writeString(
                data.resolve("video.json"), "{\"6\":{\"inputs\":{\"text\":\"{{prompt}}\"}}}");
        try (TestServer s =
                TestServer.start(data, "--comfyui-url", url(), "--comfyui-video-workflow", workflow.toString())) {
            assertThat(engineNames(s)).contains("comfyui-video").doesNotContain("procedural-clip");
        }
        try (TestServer s = TestServer.start(
                data,
                "--comfyui-url",
                url(),
                "--comfyui-video-workflow",
                workflow.toString(),
                "--generate-video-clip-engines",
                "procedural-clip")) {
            assertThat(engineNames(s)).contains("procedural-clip").doesNotContain("comfyui-video");
        }
    }

    private static java.util.List<String> engineNames(TestServer s) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (JsonNode e : s.get("/v1/resources/engines").json().get("engines")) {
            names.add(e.path("engine").asText());
        }
        return names;
    }
}
