package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.engines.process.Subprocess;
import dev.framewright.engines.quality.ImageQuality;
import dev.framewright.engines.upscale.Esrgan;
import dev.framewright.engines.upscale.EsrganUpscaleTool;
import java.awt.image.BufferedImage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upscale-video-esrgan-max-seconds}: a short clip is upscaled by ESRGAN frame by frame (its
 * frames match ESRGAN's ×2 of the source frames far better than ffmpeg's zscale does), with the audio
 * kept; the engine entry says so.
 */
class UpscaleVideoEsrganTest {
    @TempDir
    Path data;

    @Test
    void shortClipsAreUpscaledFrameByFrameByEsrgan() throws Exception {
        assumeTrue(
                Files.isRegularFile(TransformsTest.modelsDir().resolve("esrgan-thick/x4/model.json")),
                "ESRGAN model absent (./framewright setup installs it)");
        try (TestServer s = TestServer.start(
                data,
                "--models-dir",
                TransformsTest.modelsDir().toString(),
                "--upscale-video-esrgan-max-seconds",
                "2")) {
            JsonNode engine =
                    TransformsTest.find(s.get("/v1/resources/engines").json().get("engines"), "UPSCALE_VIDEO");
            assertThat(engine.get("details").get("esrganPerFrame").asText()).startsWith("clips up to 2 s");

            // 5 frames of 32×24 (ESRGAN takes about half a second a frame here)
            Path clip = data.resolve("tiny.mp4");
            Files.write(clip, Videos.mp4(data, 32, 24, 0.2));
            String in = s.uploadReady(Files.readAllBytes(clip), "tiny.mp4");
            TestServer.Res started = s.post("/v1/tools/upscale-video", "{\"videoStorageFileId\":\"" + in + "\"}");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            JsonNode done =
                    s.awaitTerminal(started.json().get("toolExecutionId").asText(), Duration.ofMinutes(3));
            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("succeeded");

            Path out = data.resolve("out.mp4");
            HttpResponse<Path> r = s.http.send(
                    HttpRequest.newBuilder(s.uri(done.get("results")
                                    .get(0)
                                    .get("file")
                                    .get("downloadSource")
                                    .get("url")
                                    .asText()))
                            .build(),
                    HttpResponse.BodyHandlers.ofFile(out));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Videos.probe(out)).isEqualTo("64,48 audio=1");

            BufferedImage source = firstFrame(clip, "");
            BufferedImage expected =
                    EsrganUpscaleTool.x2(new Esrgan(TransformsTest.modelsDir()), source, f -> {}, () -> false);
            BufferedImage got = firstFrame(out, "");
            BufferedImage zscale = firstFrame(clip, "zscale=w=iw*2:h=ih*2:filter=spline36,cas=strength=0.4");
            double esrgan = ImageQuality.psnr(expected, got);
            double ffmpeg = ImageQuality.psnr(expected, zscale);
            assertThat(esrgan)
                    .as("PSNR to ESRGAN's own ×2: the output %.1f dB, ffmpeg's zscale path %.1f dB", esrgan, ffmpeg)
                    .isGreaterThan(ffmpeg + 3);
        }
    }

    /** The clip's first frame as RGB, through {@code filter} when not empty. */
    private BufferedImage firstFrame(Path clip, String filter) throws Exception {
        Path png = Files.createTempFile(data, "frame", ".png");
        java.util.List<String> cmd = new java.util.ArrayList<>(
                java.util.List.of("ffmpeg", "-v", "error", "-y", "-i", clip.toString(), "-frames:v", "1"));
        if (!filter.isEmpty()) {
            cmd.addAll(java.util.List.of("-vf", filter));
        }
        cmd.add(png.toString());
        Subprocess.of(cmd).run();
        BufferedImage img = ImageIO.read(png.toFile());
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(img, 0, 0, null);
        return rgb;
    }
}
