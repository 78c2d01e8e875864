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
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The single-asset image and video transforms over HTTP, with the real engines. */
class TransformsTest {
    @TempDir
    static java.nio.file.Path data;

    @TempDir
    static java.nio.file.Path data2;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data, "--models-dir", modelsDir().toString());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** FRAMEWRIGHT_MODELS_DIR (set by the launcher), else the repository's models/. */
    static java.nio.file.Path modelsDir() {
        String env = System.getenv("FRAMEWRIGHT_MODELS_DIR");
        if (env != null && !env.isBlank()) {
            return java.nio.file.Path.of(env).toAbsolutePath();
        }
        java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
        for (java.nio.file.Path p = here; p != null; p = p.getParent()) {
            if (java.nio.file.Files.isRegularFile(p.resolve("framewright"))) {
                return p.resolve("models");
            }
        }
        return here.resolve("models");
    }

    static boolean model(String relative) {
        return java.nio.file.Files.isRegularFile(modelsDir().resolve(relative));
    }

    /** A 256² scene: an orange disc with a dark outline on a blue-to-green gradient. */
    static java.awt.image.BufferedImage subject() {
        var image = new java.awt.image.BufferedImage(256, 256, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(
                new java.awt.GradientPaint(0, 0, new java.awt.Color(0x4477AA), 256, 256, new java.awt.Color(0x88CC88)));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new java.awt.Color(0x222222));
        g.fillOval(58, 58, 140, 140);
        g.setColor(new java.awt.Color(0xFF8800));
        g.fillOval(64, 64, 128, 128);
        g.dispose();
        return image;
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

    @Test
    void removeImageBackgroundWithIsnetGivesAPngWithAlpha() throws Exception {
        assumeTrue(
                model("isnet/isnet-medium-fp16.onnx"),
                "ISNet model absent from " + modelsDir() + " (./framewright setup installs it)");
        JsonNode engine = find(s.get("/v1/resources/engines").json().get("engines"), "REMOVE_IMAGE_BACKGROUND");
        assertThat(engine.get("engine").asText()).isEqualTo("isnet");
        assertThat(engine.get("details").get("license").asText()).contains("AGPL-3.0");
        assertThat(engine.get("details").get("model").asText()).contains("ISNet");
        assertThat(engine.get("details").get("engines").asText())
                .contains("isnet (available")
                .contains("border-flood (available");
        String in = s.uploadReady(png(subject()), "disc.png");
        JsonNode file = output(run("remove-image-background", "imageStorageFileId", in, ""));
        assertThat(file.get("displayName").asText()).endsWith(" (background removed)");
        var cutout = ImageIO.read(new java.io.ByteArrayInputStream(download(file)));
        assertThat(cutout.getWidth()).isEqualTo(256);
        assertThat(cutout.getRGB(5, 5) >>> 24).as("corner alpha").isLessThan(20);
        assertThat(cutout.getRGB(128, 128) >>> 24).as("centre alpha").isGreaterThan(235);
    }

    @Test
    void disablingIsnetLeavesTheBorderFloodFallbackServing() throws Exception {
        try (TestServer off =
                TestServer.start(data2, "--models-dir", modelsDir().toString(), "--engines-disabled", "isnet")) {
            JsonNode engine = find(off.get("/v1/resources/engines").json().get("engines"), "REMOVE_IMAGE_BACKGROUND");
            assertThat(engine.get("engine").asText()).isEqualTo("border-flood");
            assertThat(engine.get("available").asBoolean()).isTrue();
            assertThat(engine.get("details").get("engines").asText())
                    .contains("isnet (unavailable: disabled by configuration");
            TestServer.Res started = off.post(
                    "/v1/tools/remove-image-background",
                    "{\"imageStorageFileId\":\"" + off.uploadReady(png(subject()), "disc.png") + "\"}");
            JsonNode done =
                    off.awaitTerminal(started.json().get("toolExecutionId").asText(), Duration.ofMinutes(1));
            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("succeeded");
        }
    }

    @Test
    void upscaleImageUsesEsrganWhenItsModelIsInstalled() throws Exception {
        assumeTrue(
                model("esrgan-thick/x4/model.json"),
                "ESRGAN model absent from " + modelsDir() + " (./framewright setup installs it)");
        JsonNode engine = find(s.get("/v1/resources/engines").json().get("engines"), "UPSCALE_IMAGE");
        assertThat(engine.get("engine").asText()).isEqualTo("esrgan-thick");
        assertThat(engine.get("details").get("license").asText()).startsWith("MIT");
        assertThat(engine.get("details").get("engines").asText()).contains("lanczos3 (available");
        var small = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = small.createGraphics();
        g.drawImage(subject(), 0, 0, 40, 30, null);
        g.dispose();
        String in = s.uploadReady(png(small), "small.png");
        JsonNode file = output(run("upscale-image", "imageStorageFileId", in, ""));
        var out = ImageIO.read(new java.io.ByteArrayInputStream(download(file)));
        assertThat(out.getWidth()).isEqualTo(80);
        assertThat(out.getHeight()).isEqualTo(60);
    }

    @Test
    void removeVideoBackgroundKeysAFlatBackdropIntoVp9WithAlphaAndKeepsTheAudio() throws Exception {
        java.nio.file.Path clip = data.resolve("green.mp4");
        Subprocess.of(
                        "ffmpeg",
                        "-v",
                        "error",
                        "-y",
                        "-f",
                        "lavfi",
                        "-i",
                        "color=c=0x00ff00:s=160x120:d=1:r=10",
                        "-f",
                        "lavfi",
                        "-i",
                        "sine=d=1",
                        "-vf",
                        "drawbox=x=50:y=30:w=60:h=60:color=red:t=fill",
                        "-c:v",
                        "libx264",
                        "-pix_fmt",
                        "yuv420p",
                        "-c:a",
                        "aac",
                        "-shortest",
                        clip.toString())
                .run();
        String in = s.uploadReady(java.nio.file.Files.readAllBytes(clip), "green.mp4");
        JsonNode file = output(run("remove-video-background", "videoStorageFileId", in, ""));
        assertThat(file.get("type").asText()).isEqualTo("VIDEO");
        java.nio.file.Path webm = data.resolve("out.webm");
        java.nio.file.Files.write(webm, download(file));
        List<String> lines = new java.util.ArrayList<>();
        Subprocess.of(
                        "ffprobe",
                        "-v",
                        "error",
                        "-show_entries",
                        "stream=codec_name:stream_tags=alpha_mode",
                        "-of",
                        "csv=p=0",
                        webm.toString())
                .onStdoutLine(lines::add)
                .run();
        assertThat(String.join(" ", lines)).contains("vp9").contains("opus").contains("1");
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
