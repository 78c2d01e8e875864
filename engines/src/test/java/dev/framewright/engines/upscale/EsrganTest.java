package dev.framewright.engines.upscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.TestModels;
import dev.framewright.engines.quality.ImageQuality;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ESRGAN through our TF.js → ONNX converter. The model runs 0.3–0.7 ms a source pixel here, so the
 * inputs are small; {@code ./framewright bench} measures all 12 photos.
 */
class EsrganTest {
    @TempDir
    static Path models;

    @TempDir
    Path dir;

    static Esrgan esrgan;

    @BeforeAll
    static void copyModel() throws Exception {
        Path installed = TestModels.dir().resolve("esrgan-thick/x4");
        assumeTrue(
                Files.isRegularFile(installed.resolve("model.json")),
                "ESRGAN model absent from " + TestModels.dir() + " (./framewright setup installs it)");
        // a private models folder, so that the conversion on first use is exercised every time
        Path x4 = Files.createDirectories(models.resolve("esrgan-thick/x4"));
        try (var files = Files.list(installed)) {
            for (Path f : files.toList()) {
                Files.copy(f, x4.resolve(f.getFileName()));
            }
        }
        esrgan = new Esrgan(models);
    }

    /** Acceptance sample: ×4 beats Lanczos3 on natural images in PSNR and SSIM. */
    @Test
    void beatsLanczosOnPhotos() throws Exception {
        double gain = 0;
        double ssimGain = 0;
        List<String> names = List.of("coffee", "astronaut");
        for (String name : names) {
            BufferedImage hr = crop(
                    ImageIO.read(
                            TestModels.data().resolve("photos/" + name + ".png").toFile()),
                    192);
            BufferedImage lr = Lanczos.resize(hr, 48, 48);
            BufferedImage ai = shave(esrgan.upscale(lr, f -> {}, () -> false));
            BufferedImage lanczos = shave(Lanczos.resize(lr, 192, 192));
            hr = shave(hr);
            double p = ImageQuality.psnr(hr, ai) - ImageQuality.psnr(hr, lanczos);
            double s = ImageQuality.ssim(hr, ai) - ImageQuality.ssim(hr, lanczos);
            System.out.printf("%s: PSNR gain %.2f dB, SSIM gain %.4f%n", name, p, s);
            gain += p;
            ssimGain += s;
        }
        assertThat(gain / names.size()).isGreaterThan(0.8);
        assertThat(ssimGain / names.size()).isGreaterThan(0);
        assertThat(models.resolve(Esrgan.ONNX_FILE)).isRegularFile();
    }

    @Test
    void tilesJoinWithoutSeams() throws Exception {
        // 140 px wide: two tiles (128 + 12); the seam at x = 128 must look like its neighbourhood
        BufferedImage hr = crop(
                ImageIO.read(TestModels.data().resolve("photos/astronaut.png").toFile()), 256);
        BufferedImage lr = Lanczos.resize(hr, 140, 16);
        List<Double> progress = new java.util.ArrayList<>();
        BufferedImage out = esrgan.upscale(lr, progress::add, () -> false);
        assertThat(out.getWidth()).isEqualTo(560);
        assertThat(progress).containsExactly(0.5, 1.0);
        double seam = columnStep(out, 128 * 4);
        double elsewhere = (columnStep(out, 100 * 4) + columnStep(out, 20 * 4)) / 2;
        assertThat(seam).isLessThan(elsewhere * 3 + 4);
    }

    @Test
    void edgesAreMirroredNotZeroPadded() throws Exception {
        // a flat colour: with the network's zero padding at the image edges, the outermost output
        // pixels came out darker than the middle; mirrored context keeps them the same colour
        BufferedImage flat = new BufferedImage(24, 20, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = flat.createGraphics();
        g.setColor(new java.awt.Color(180, 140, 90));
        g.fillRect(0, 0, 24, 20);
        g.dispose();
        BufferedImage out = esrgan.upscale(flat, f -> {}, () -> false);
        double centre = luma(out.getRGB(48, 40));
        for (int[] p : new int[][] {{0, 0}, {95, 0}, {0, 79}, {95, 79}, {48, 0}, {0, 40}, {95, 40}, {48, 79}}) {
            assertThat(Math.abs(luma(out.getRGB(p[0], p[1])) - centre))
                    .as("edge pixel %d,%d vs centre", p[0], p[1])
                    .isLessThan(3);
        }
    }

    @Test
    void mirroredPassesAreAveragedBackInPlace() throws Exception {
        BufferedImage lr = Lanczos.resize(
                crop(ImageIO.read(TestModels.data().resolve("photos/coffee.png").toFile()), 160), 40, 24);
        BufferedImage mirrored = mirrorX(lr);
        List<Double> progress = new java.util.ArrayList<>();
        BufferedImage two = esrgan.upscale(lr, 2, progress::add, () -> false);
        assertThat(progress).containsExactly(0.5, 1.0);
        // the same two runs in the other order: a left–right mirror of the result, to the bit
        BufferedImage twoOfMirror = esrgan.upscale(mirrored, 2, f -> {}, () -> false);
        assertThat(pixels(twoOfMirror)).isEqualTo(pixels(mirrorX(two)));
        // and close to one pass (same model), not some other picture
        BufferedImage one = esrgan.upscale(lr, f -> {}, () -> false);
        assertThat(ImageQuality.psnr(one, two)).isGreaterThan(35);
        assertThatThrownBy(() -> esrgan.upscale(lr, 3, f -> {}, () -> false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage mirrorX(BufferedImage img) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                out.setRGB(img.getWidth() - 1 - x, y, img.getRGB(x, y));
            }
        }
        return out;
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    @Test
    void mirrorReflectsWithoutRepeatingTheEdge() {
        assertThat(Esrgan.mirror(-1, 5)).isEqualTo(1);
        assertThat(Esrgan.mirror(-4, 5)).isEqualTo(4);
        assertThat(Esrgan.mirror(5, 5)).isEqualTo(3);
        assertThat(Esrgan.mirror(9, 5)).isEqualTo(1);
        assertThat(Esrgan.mirror(-3, 2)).isEqualTo(1);
        assertThat(Esrgan.mirror(7, 1)).isZero();
    }

    @Test
    void cancellationStopsBetweenTiles() throws Exception {
        BufferedImage lr = new BufferedImage(200, 8, BufferedImage.TYPE_INT_RGB);
        assertThatThrownBy(() -> esrgan.upscale(lr, f -> {}, () -> true))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.getMessage()).contains("cancelled"));
    }

    @Test
    void toolDoublesTheSizeAndReportsItsModel() throws Exception {
        EsrganUpscaleTool tool = new EsrganUpscaleTool(models);
        assertThat(tool.probe().available()).isTrue();
        assertThat(tool.probe().details().get("model")).contains("esrgan-thick");
        BufferedImage img =
                crop(ImageIO.read(TestModels.data().resolve("photos/rocket.png").toFile()), 40);
        Path in = dir.resolve("in.png");
        ImageIO.write(img, "png", in.toFile());
        FakeToolContext ctx = new FakeToolContext(dir).withImage("img", in);
        ToolOutput out = tool.run(ctx);
        BufferedImage result = ImageIO.read(out.file().toFile());
        assertThat(result.getWidth()).isEqualTo(80);
        assertThat(result.getHeight()).isEqualTo(80);
        assertThat(ctx.progress).isSorted().last().isEqualTo(1.0);
        EsrganUpscaleTool twoPasses = new EsrganUpscaleTool(esrgan, dev.framewright.engines.media.Watermark.DEFAULT, 2);
        assertThat(twoPasses.probe().details().get("passes")).startsWith("2 (self-ensemble");
        FakeToolContext ctx2 = new FakeToolContext(dir).withImage("img", in);
        BufferedImage two = ImageIO.read(twoPasses.run(ctx2).file().toFile());
        assertThat(ImageQuality.psnr(result, two)).isGreaterThan(35).isLessThan(99);
    }

    @Test
    void probeWithoutModelSaysWhy() {
        var info = new EsrganUpscaleTool(dir).probe();
        assertThat(info.available()).isFalse();
        assertThat(info.reason()).contains("model file missing");
    }

    /** Without the 4 px border (the usual super-resolution evaluation: edges lack context). */
    static BufferedImage shave(BufferedImage img) {
        return img.getSubimage(4, 4, img.getWidth() - 8, img.getHeight() - 8);
    }

    /** Mean absolute luma difference between columns x-1 and x. */
    private static double columnStep(BufferedImage img, int x) {
        double sum = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            sum += Math.abs(luma(img.getRGB(x, y)) - luma(img.getRGB(x - 1, y)));
        }
        return sum / img.getHeight();
    }

    private static double luma(int p) {
        return 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
    }

    static BufferedImage crop(BufferedImage img, int size) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        out.getGraphics()
                .drawImage(
                        img,
                        0,
                        0,
                        size,
                        size,
                        (img.getWidth() - size) / 2,
                        (img.getHeight() - size) / 2,
                        (img.getWidth() + size) / 2,
                        (img.getHeight() + size) / 2,
                        null);
        return out;
    }
}
