package dev.framewright.engines.upscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanczosUpscaleToolTest {
    @TempDir
    Path dir;

    private final LanczosUpscaleTool tool = new LanczosUpscaleTool();

    @Test
    void describesItself() {
        assertThat(tool.type()).isEqualTo(ToolType.UPSCALE_IMAGE);
        assertThat(tool.probe()).isEqualTo(EngineInfo.available("lanczos3", "1", "Apache-2.0", Map.of("scale", "2")));
    }

    @Test
    void doublesBothSidesIntoAPng() throws Exception {
        FakeToolContext ctx = context(png(LanczosTest.smooth(64, 48), "in.png"));

        ToolOutput output = tool.run(ctx);

        assertThat(output.type()).isEqualTo(FileType.IMAGE);
        assertThat(output.contentType()).isEqualTo("image/png");
        assertThat(output.extension()).isEqualTo("png");
        assertThat(output.displayNameSuffix()).isEqualTo(" (upscaled)");
        assertThat(output.file().getParent()).isEqualTo(dir);
        BufferedImage result = ImageIO.read(output.file().toFile());
        assertThat(result.getWidth()).isEqualTo(128);
        assertThat(result.getHeight()).isEqualTo(96);
        assertThat(result.getColorModel().hasAlpha())
                .as("opaque input, opaque PNG")
                .isFalse();
        assertThat(ctx.progress).isSorted().first().isEqualTo(0.05);
        assertThat(ctx.progress).last().isEqualTo(1.0);
    }

    @Test
    void keepsAlpha() throws Exception {
        BufferedImage sprite = new BufferedImage(30, 20, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = sprite.createGraphics();
        g.setColor(new Color(0, 128, 255, 200));
        g.fillRect(10, 5, 10, 10);
        g.dispose();

        BufferedImage result =
                ImageIO.read(tool.run(context(png(sprite, "sprite.png"))).file().toFile());

        assertThat(result.getColorModel().hasAlpha()).isTrue();
        assertThat(result.getRGB(0, 0) >>> 24).isZero();
        assertThat(result.getRGB(30, 20)).isEqualTo(sprite.getRGB(15, 10));
    }

    @Test
    void watermarksWhenAsked() throws Exception {
        Path input = png(LanczosTest.smooth(200, 150), "in.png");
        BufferedImage plain = ImageIO.read(tool.run(context(input)).file().toFile());
        FakeToolContext marked = context(input);
        marked.watermark = true;

        BufferedImage result = ImageIO.read(tool.run(marked).file().toFile());

        int changed = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                changed += result.getRGB(x, y) != plain.getRGB(x, y) ? 1 : 0;
            }
        }
        assertThat(changed).isGreaterThan(100);
        assertThat(result.getRGB(10, 10)).isEqualTo(plain.getRGB(10, 10));
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        FakeToolContext ctx = context(png(LanczosTest.smooth(16, 200), "tall.png"));
        AtomicInteger checks = new AtomicInteger();
        ctx.cancelled = () -> checks.incrementAndGet() > 1;

        assertThatThrownBy(() -> tool.run(ctx)).isInstanceOf(ToolFailure.class).hasMessageContaining("cancelled");
        assertThat(checks).hasValue(2);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("upscaled")))
                    .isEmpty();
        }
    }

    @Test
    void stopsWhenInterrupted() throws Exception {
        FakeToolContext ctx = context(png(LanczosTest.smooth(16, 200), "tall.png"));
        ctx.cancelled = () -> {
            Thread.currentThread().interrupt();
            return false;
        };

        assertThatThrownBy(() -> tool.run(ctx)).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void refusesUndecodableInput() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.png"), "not an image");
        byte[] truncated = java.util.Arrays.copyOf(Files.readAllBytes(png(LanczosTest.smooth(64, 48), "x.png")), 60);

        assertInputInvalid(context(text), "not a raster image");
        assertInputInvalid(context(Files.write(dir.resolve("cut.png"), truncated)), "corrupt");
    }

    @Test
    void refusesOversizedInputBeforeDecodingIt() throws Exception {
        assertInputInvalid(context(pngHeader(4001, 4001)), "over 16 megapixels");
        assertInputInvalid(context(pngHeader(4097, 10)), "over 8192 pixels on a side");
        assertInputInvalid(context(pngHeader(10, 4097)), "over 8192 pixels on a side");
    }

    @Test
    void requiresTheInputId() {
        assertInputInvalid(new FakeToolContext(dir), "imageStorageFileId is required");
    }

    private void assertInputInvalid(FakeToolContext ctx, String message) {
        assertThatThrownBy(() -> tool.run(ctx))
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.INPUT_INVALID))
                .hasMessageContaining(message);
    }

    private FakeToolContext context(Path image) {
        return new FakeToolContext(dir).withImage("vg_file_1", image);
    }

    private Path png(BufferedImage image, String name) throws IOException {
        Path file = dir.resolve("input-" + name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A PNG signature and a valid IHDR declaring the size, and no pixel data. */
    private Path pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(chunk);
        ihdr.write("IHDR".getBytes(StandardCharsets.US_ASCII));
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {8, 6, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        out.writeInt(13);
        out.write(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        return Files.write(dir.resolve("huge-" + width + "x" + height + ".png"), file.toByteArray());
    }
}
