package dev.framewright.engines.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.TestModels;
import dev.framewright.engines.process.Subprocess;
import dev.framewright.engines.quality.Composites;
import dev.framewright.engines.quality.ImageQuality;
import dev.framewright.engines.upscale.FakeToolContext;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundRemovalTest {
    @TempDir
    Path dir;

    private List<Composites.Case> composites() throws Exception {
        assumeTrue(Subprocess.which("rsvg-convert").isPresent(), "rsvg-convert is not installed");
        Path data = TestModels.data();
        return Composites.build(data.resolve("foregrounds"), data.resolve("photos"), dir);
    }

    /**
     * Acceptance (a sample of 5: ISNet takes 5–15 s an image on 2 cores; ./framewright bench runs all
     * 20): mean IoU ≥ 0.90 on composites with known alpha.
     */
    @Test
    void isnetCutsOutTheCompositesWithMeanIouAboveNinety() throws Exception {
        assumeTrue(
                TestModels.file(IsnetMatting.MODEL_FILE).isPresent(),
                "ISNet model absent from " + TestModels.dir() + " (./framewright setup installs it)");
        BackgroundRemovalTool tool = new BackgroundRemovalTool(new IsnetMatting(TestModels.dir()));
        assertThat(tool.probe().available()).isTrue();
        List<Composites.Case> all = composites();
        List<Composites.Case> sample = List.of(all.get(0), all.get(3), all.get(8), all.get(13), all.get(18));
        double mean = meanIou(tool, sample, "isnet");
        assertThat(mean).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void borderFloodFallbackCutsOutPlainBackgrounds() throws Exception {
        BackgroundRemovalTool tool = new BackgroundRemovalTool(new BorderFloodMatting());
        double mean = meanIou(tool, composites(), "border-flood");
        assertThat(mean).isGreaterThan(0.5);
    }

    @Test
    void outputIsAPngWithAlphaAtTheSourceSize() throws Exception {
        Composites.Case c = composites().getFirst();
        Path in = dir.resolve("in.png");
        ImageIO.write(c.image(), "png", in.toFile());
        ToolOutput out =
                new BackgroundRemovalTool(new BorderFloodMatting()).run(new FakeToolContext(dir).withImage("img", in));
        assertThat(out.contentType()).isEqualTo("image/png");
        BufferedImage png = ImageIO.read(out.file().toFile());
        assertThat(png.getColorModel().hasAlpha()).isTrue();
        assertThat(png.getWidth()).isEqualTo(Composites.SIZE);
        assertThat(png.getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void isnetProbeWithoutTheModelSaysWhy() {
        var info = new IsnetMatting(dir).probe();
        assertThat(info.available()).isFalse();
        assertThat(info.reason()).contains("model file missing").contains("./framewright setup");
        assertThat(info.license()).contains("AGPL-3.0");
    }

    private double meanIou(BackgroundRemovalTool tool, List<Composites.Case> cases, String label) throws Exception {
        List<String> report = new ArrayList<>();
        double sum = 0;
        long started = System.nanoTime();
        for (Composites.Case c : cases) {
            Path in = dir.resolve(c.name() + ".png");
            ImageIO.write(c.image(), "png", in.toFile());
            Path scratch = Files.createDirectories(dir.resolve(label + "-" + c.name()));
            ToolOutput out = tool.run(new FakeToolContext(scratch).withImage("img", in));
            double iou = ImageQuality.alphaIou(ImageIO.read(out.file().toFile()), c.truth());
            sum += iou;
            report.add(String.format("%s %s IoU %.3f", label, c.name(), iou));
        }
        double mean = sum / cases.size();
        report.add(String.format(
                "%s: mean IoU %.4f over %d composites, %.1f s",
                label, mean, cases.size(), (System.nanoTime() - started) / 1e9));
        System.out.println(String.join("\n", report));
        return mean;
    }
}
