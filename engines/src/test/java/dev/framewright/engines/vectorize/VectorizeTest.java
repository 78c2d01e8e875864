package dev.framewright.engines.vectorize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.process.Subprocess;
import dev.framewright.engines.quality.FlatArt;
import dev.framewright.engines.quality.ImageQuality;
import dev.framewright.engines.upscale.FakeToolContext;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorizeTest {
    private final PotraceVectorizeTool tool = new PotraceVectorizeTool(Duration.ofMinutes(1));

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPrograms() {
        assumeTrue(Subprocess.which("potrace").isPresent(), "potrace is not installed (./framewright setup)");
        assumeTrue(Subprocess.which("rsvg-convert").isPresent(), "rsvg-convert is not installed (./framewright setup)");
    }

    @Test
    void flatArtComesBackFaithfulAndSmallerThanItsPng() throws Exception {
        List<String> report = new ArrayList<>();
        for (Map.Entry<String, BufferedImage> art : FlatArt.all().entrySet()) {
            Path png = dir.resolve(art.getKey() + ".png");
            ImageIO.write(art.getValue(), "png", png.toFile());
            ToolOutput out = vectorize(png);
            BufferedImage back = rasterize(out.file());
            double ssim = ImageQuality.ssim(art.getValue(), back);
            long svgBytes = Files.size(out.file());
            long pngBytes = Files.size(png);
            report.add(art.getKey() + ": SSIM " + String.format("%.4f", ssim) + ", SVG " + svgBytes + " B, PNG "
                    + pngBytes + " B");
            assertThat(ssim).as(art.getKey() + " SSIM").isGreaterThanOrEqualTo(0.95);
            assertThat(svgBytes).as(art.getKey() + " SVG size vs PNG").isLessThan(pngBytes);
        }
        System.out.println(String.join("\n", report));
    }

    @Test
    void svgHasOneViewBoxPathsAndNoRasterData() throws Exception {
        Path png = dir.resolve("logo.png");
        ImageIO.write(FlatArt.all().get("shapes-logo"), "png", png.toFile());
        ToolOutput out = vectorize(png);
        String svg = Files.readString(out.file(), StandardCharsets.UTF_8);
        assertThat(out.type()).isEqualTo(FileType.IMAGE);
        assertThat(out.contentType()).isEqualTo("image/svg+xml");
        assertThat(out.extension()).isEqualTo("svg");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"320\" height=\"240\"");
        assertThat(svg).contains("viewBox=\"0 0 320 240\"").contains("<path fill=\"#e63946\"");
        assertThat(svg.split("viewBox", -1)).hasSize(2);
        assertThat(svg).doesNotContain("<image").doesNotContain("base64");
    }

    @Test
    void lineArtTakesTheDirectPathWithTwoColours() throws Exception {
        Path png = dir.resolve("lines.png");
        ImageIO.write(FlatArt.all().get("line-art-curves"), "png", png.toFile());
        String svg = Files.readString(vectorize(png).file(), StandardCharsets.UTF_8);
        assertThat(svg).contains("<rect width=\"320\" height=\"240\" fill=\"#");
        assertThat(svg.split("<path", -1)).hasSize(2);
    }

    @Test
    void transparentAreasStayTransparent() throws Exception {
        Path png = dir.resolve("badge.png");
        ImageIO.write(FlatArt.all().get("badge-transparent"), "png", png.toFile());
        ToolOutput out = vectorize(png);
        String svg = Files.readString(out.file(), StandardCharsets.UTF_8);
        assertThat(svg).doesNotContain("<rect");
        BufferedImage back = rasterize(out.file());
        assertThat(back.getRGB(2, 2) >>> 24).isZero();
        assertThat(back.getRGB(160, 120) >>> 24).isEqualTo(0xFF);
    }

    @Test
    void watermarkIsAVectorPathDrawnLast() throws Exception {
        Path png = dir.resolve("logo.png");
        ImageIO.write(FlatArt.all().get("house-icon"), "png", png.toFile());
        FakeToolContext ctx = new FakeToolContext(dir).withImage("img", png);
        ctx.watermark = true;
        String svg = Files.readString(tool.run(ctx).file(), StandardCharsets.UTF_8);
        assertThat(svg).containsPattern("<path fill=\"#fff\" fill-opacity=\"[0-9.]+\" stroke=\"#000\"[^>]*d=\"M");
        assertThat(svg).endsWith("\"/></svg>\n");
        assertThat(svg).doesNotContain("<text");
    }

    @Test
    void progressRisesToOne() throws Exception {
        Path png = dir.resolve("pie.png");
        ImageIO.write(FlatArt.all().get("pie-chart"), "png", png.toFile());
        FakeToolContext ctx = new FakeToolContext(dir).withImage("img", png);
        tool.run(ctx);
        assertThat(ctx.progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void cancellationStopsBetweenLayers() throws Exception {
        Path png = dir.resolve("tiles.png");
        ImageIO.write(FlatArt.all().get("tiles"), "png", png.toFile());
        FakeToolContext ctx = new FakeToolContext(dir).withImage("img", png);
        ctx.cancelled = () -> ctx.progress.size() > 2;
        assertThatThrownBy(() -> tool.run(ctx))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.getMessage()).contains("cancelled"));
    }

    @Test
    void junkInputIsInputInvalid() throws Exception {
        Path junk = dir.resolve("junk.png");
        Files.writeString(junk, "not an image");
        assertThatThrownBy(() -> tool.run(new FakeToolContext(dir).withImage("img", junk)))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.INPUT_INVALID));
    }

    @Test
    void probeReportsPotraceAndItsLicence() {
        var info = tool.probe();
        assertThat(info.available()).isTrue();
        assertThat(info.engine()).isEqualTo("potrace");
        assertThat(info.version()).matches("\\d+\\.\\d+");
        assertThat(info.license()).startsWith("GPL-2.0");
    }

    @Test
    void quantizerPicksFewColoursForFlatArtAndTheCapForPhotos() {
        BufferedImage flat = FlatArt.all().get("pie-chart");
        assertThat(Quantizer.quantize(PotraceVectorizeTool.argb(flat), 24).colours())
                .isBetween(5, 8);
        BufferedImage noisy = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(1);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                noisy.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        assertThat(Quantizer.quantize(PotraceVectorizeTool.argb(noisy), 24).colours())
                .isEqualTo(24);
    }

    private ToolOutput vectorize(Path png) throws Exception {
        return tool.run(new FakeToolContext(dir).withImage("img", png));
    }

    private BufferedImage rasterize(Path svg) throws Exception {
        Path png = dir.resolve(svg.getFileName() + ".back.png");
        Subprocess.of("rsvg-convert", "--output", png.toString(), svg.toString())
                .run();
        return ImageIO.read(png.toFile());
    }
}
