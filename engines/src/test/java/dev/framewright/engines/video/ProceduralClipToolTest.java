package dev.framewright.engines.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.process.Subprocess;
import dev.framewright.engines.testing.FakeRun;
import dev.framewright.engines.testing.Probe;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(180)
class ProceduralClipToolTest {
    @TempDir
    Path dir;

    private final ProceduralClipTool tool = new ProceduralClipTool(Watermark.DEFAULT, Duration.ofMinutes(3));

    @BeforeEach
    void ffmpeg() {
        Probe.assumeFfmpeg();
    }

    private FakeRun run(String prompt, int rw, int rh, boolean audio) throws Exception {
        FakeRun ctx = new FakeRun(Files.createDirectories(dir.resolve("run-" + System.nanoTime())));
        if (prompt != null) {
            ctx.input.put("prompt", prompt);
        } else {
            ctx.input.putNull("prompt");
        }
        ctx.input.putArray("imageFileIds");
        ctx.input.putNull("videoFileId");
        ctx.input.put("generateAudio", audio);
        ctx.input.putObject("aspectRatio").put("width", rw).put("height", rh);
        return ctx;
    }

    @Test
    void animatesTheSceneAtTheExactRatioWithAnAmbienceTrack() throws Exception {
        ToolOutput out = tool.run(run("boats on the ocean at sunset, \"Harbour\"", 7, 5, true));

        JsonNode p = Probe.of(out.file());
        assertThat(out.type()).isEqualTo(FileType.VIDEO);
        assertThat(Probe.stream(p, "video").path("width").asInt()).isEqualTo(966);
        assertThat(Probe.stream(p, "video").path("height").asInt()).isEqualTo(690);
        assertThat(Probe.stream(p, "audio").path("codec_name").asText()).isEqualTo("aac");
        assertThat(Probe.duration(p)).isBetween(4.9, 5.2);
        assertThat(out.description()).contains("not a diffusion model").contains("waves");
    }

    @Test
    void theSameRequestGivesTheSameBytes() throws Exception {
        byte[] a = Files.readAllBytes(
                tool.run(run("a rocket over the desert", 1, 1, false)).file());
        byte[] b = Files.readAllBytes(
                tool.run(run("a rocket over the desert", 1, 1, false)).file());
        FakeRun second = run("a rocket over the desert", 1, 1, false);
        second.resultIndex = 1;
        Path third = tool.run(second).file();
        byte[] c = Files.readAllBytes(third);

        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
        assertThat(Probe.stream(Probe.of(third), "audio").isMissingNode()).isTrue();
    }

    @Test
    void animatesReferenceImagesWithPanZoomAndCrossfades() throws Exception {
        FakeRun ctx = run(null, 16, 9, false);
        var ids = ctx.input.putArray("imageFileIds");
        for (int i = 0; i < 2; i++) {
            BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(i == 0 ? Color.RED : Color.BLUE);
            g.fillRect(0, 0, 640, 480);
            g.dispose();
            Path f = dir.resolve("img" + i + ".png");
            ImageIO.write(img, "png", f.toFile());
            ctx.file("vg_file_img" + i, FileType.IMAGE, f, 640, 480, null);
            ids.add("vg_file_img" + i);
        }

        ToolOutput out = tool.run(ctx);

        assertThat(Probe.stream(Probe.of(out.file()), "video").path("width").asInt())
                .isEqualTo(960);
        assertThat(out.description()).contains("2 image(s) animated with pan/zoom and cross-fades");
        assertThat(frameColour(out.file(), 0.5)).isEqualTo("red");
        assertThat(frameColour(out.file(), 4.5)).isEqualTo("blue");
    }

    @Test
    void restylesAVideoByTheMoodAndAddsAmbienceWhenItIsSilent() throws Exception {
        Path src = dir.resolve("src.mp4");
        Subprocess.of(
                        "ffmpeg",
                        "-nostdin",
                        "-loglevel",
                        "error",
                        "-y",
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc=size=640x360:rate=25:duration=2",
                        "-pix_fmt",
                        "yuv420p",
                        src.toString())
                .run();
        FakeRun ctx = run("a snowy night, black and white", 1, 1, true);
        ctx.file("vg_file_vid", FileType.VIDEO, src, 640, 360, 2.0);
        ctx.input.put("videoFileId", "vg_file_vid");

        ToolOutput out = tool.run(ctx);

        JsonNode p = Probe.of(out.file());
        assertThat(Probe.stream(p, "video").path("width").asInt()).isEqualTo(960);
        assertThat(Probe.stream(p, "video").path("height").asInt()).isEqualTo(960);
        assertThat(Probe.stream(p, "audio").isMissingNode()).isFalse();
        assertThat(Probe.duration(p)).isBetween(1.9, 2.2);
        assertThat(out.description())
                .contains("black and white")
                .contains("night grade")
                .contains("ambience");
        assertThat(ctx.progress).last().isEqualTo(1.0);
    }

    @Test
    void cancellingStopsTheRender() throws Exception {
        FakeRun ctx = run("a forest", 16, 9, false);
        ctx.cancelled = () -> ctx.progress.size() > 3;

        assertThatThrownBy(() -> tool.run(ctx)).isInstanceOf(ToolFailure.class).hasMessageContaining("cancelled");
    }

    /** "red", "blue" or "other": the dominant channel of the frame at {@code seconds}. */
    private String frameColour(Path video, double seconds) throws Exception {
        Path png = dir.resolve("frame-" + seconds + ".png");
        Subprocess.of(
                        "ffmpeg",
                        "-nostdin",
                        "-loglevel",
                        "error",
                        "-y",
                        "-ss",
                        String.valueOf(seconds),
                        "-i",
                        video.toString(),
                        "-frames:v",
                        "1",
                        png.toString())
                .run();
        BufferedImage img = ImageIO.read(png.toFile());
        Color c = new Color(img.getRGB(img.getWidth() / 2, img.getHeight() / 2));
        return c.getRed() > 150 && c.getBlue() < 80 ? "red" : c.getBlue() > 150 && c.getRed() < 80 ? "blue" : "other";
    }
}
