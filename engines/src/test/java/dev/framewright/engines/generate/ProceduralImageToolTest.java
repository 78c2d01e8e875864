package dev.framewright.engines.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.testing.FakeRun;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProceduralImageToolTest {
    @TempDir
    Path dir;

    private final ProceduralImageTool tool = new ProceduralImageTool(Watermark.DEFAULT);

    private FakeRun run(String prompt, int rw, int rh, int index) throws Exception {
        FakeRun ctx = new FakeRun(Files.createDirectories(dir.resolve("r" + index + "-" + rw + "x" + rh)));
        ctx.input.put("prompt", prompt);
        ctx.input.putObject("aspectRatio").put("width", rw).put("height", rh);
        ctx.input.putArray("imageFileIds");
        ctx.resultIndex = index;
        return ctx;
    }

    @Test
    void saysPlainlyThatItIsProcedural() {
        assertThat(tool.probe().available()).isTrue();
        assertThat(tool.probe().engine()).isEqualTo("procedural-scene");
        assertThat(tool.probe().details().get("kind")).contains("not a diffusion model");
    }

    @Test
    void rendersAPngWithTheExactRatioAndAnHonestDescription() throws Exception {
        FakeRun ctx = run("a lighthouse at night, \"North\"", 4, 3, 0);

        ToolOutput out = tool.run(ctx);

        BufferedImage img = ImageIO.read(out.file().toFile());
        assertThat(out.type()).isEqualTo(FileType.IMAGE);
        assertThat(out.contentType()).isEqualTo("image/png");
        assertThat(img.getWidth() * 3).isEqualTo(img.getHeight() * 4);
        assertThat(img.getWidth()).isEqualTo(1024);
        assertThat(out.description())
                .contains("not a diffusion model")
                .contains("1024×768")
                .contains("lighthouse");
        assertThat(ctx.progress).last().isEqualTo(1.0);
    }

    @Test
    void sameRequestSameBytesAndEachResultIndexDiffers() throws Exception {
        byte[] a =
                Files.readAllBytes(tool.run(run("a cat in a garden", 1, 1, 0)).file());
        FakeRun again = run("a cat in a garden", 1, 1, 0);
        again.numResults = 3;
        byte[] b = Files.readAllBytes(tool.run(again).file());
        byte[] c =
                Files.readAllBytes(tool.run(run("a cat in a garden", 1, 1, 1)).file());

        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void watermarksWhenAsked() throws Exception {
        byte[] plain = Files.readAllBytes(tool.run(run("snow", 16, 9, 0)).file());
        FakeRun marked = run("snow", 16, 9, 0);
        marked.watermark = true;

        byte[] withMark = Files.readAllBytes(tool.run(marked).file());

        assertThat(withMark).isNotEqualTo(plain);
    }

    @Test
    void usesReferenceImagesAsTheBase() throws Exception {
        BufferedImage ref = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 300; x++) {
            for (int y = 0; y < 200; y++) {
                ref.setRGB(x, y, y < 100 ? 0xF0F0F0 : 0x101010);
            }
        }
        Path refFile = dir.resolve("ref.png");
        ImageIO.write(ref, "png", refFile.toFile());
        FakeRun ctx = run("", 16, 9, 0);
        ctx.file("vg_file_ref", FileType.IMAGE, refFile, 300, 200, null);
        ctx.input.putArray("imageFileIds").add("vg_file_ref");

        ToolOutput out = tool.run(ctx);

        BufferedImage img = ImageIO.read(out.file().toFile());
        assertThat(luma(img.getRGB(512, 100))).isGreaterThan(luma(img.getRGB(512, 480)) + 80);
        assertThat(out.description()).contains("1 reference image");
    }

    @Test
    void anUndecodableReferenceIsInvalidInput() throws Exception {
        Path junk = Files.write(dir.resolve("junk.png"), new byte[] {1, 2, 3});
        FakeRun ctx = run("x", 16, 9, 0);
        ctx.file("vg_file_junk", FileType.IMAGE, junk, 10, 10, null);
        ctx.input.putArray("imageFileIds").add("vg_file_junk");

        assertThatThrownBy(() -> tool.run(ctx))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.INPUT_INVALID))
                .hasMessage("imageFileIds[0] could not be decoded");
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        FakeRun ctx = run("x", 16, 9, 0);
        ctx.cancelled = () -> true;

        assertThatThrownBy(() -> tool.run(ctx)).isInstanceOf(ToolFailure.class).hasMessageContaining("cancelled");
    }

    private static int luma(int rgb) {
        return (((rgb >> 16) & 255) * 3 + ((rgb >> 8) & 255) * 6 + (rgb & 255)) / 10;
    }
}
