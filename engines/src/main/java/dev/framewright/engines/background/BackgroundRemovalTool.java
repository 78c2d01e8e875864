package dev.framewright.engines.background;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.upscale.UpscaleInput;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * {@code remove-image-background}: a {@link Matting} engine's alpha applied to the source pixels,
 * written as a PNG with alpha at the source size (watermarked when asked). Inputs over {@value
 * #MAX_SOURCE_PIXELS} pixels or {@value #MAX_SIDE} px on a side fail with {@code input_invalid}.
 * Thread-safe when the matting engine is.
 */
public final class BackgroundRemovalTool implements Tool {
    public static final long MAX_SOURCE_PIXELS = 16_000_000L;
    public static final int MAX_SIDE = 8192;

    private final Matting matting;
    private final Watermark watermark;

    public BackgroundRemovalTool(Matting matting) {
        this(matting, Watermark.DEFAULT);
    }

    public BackgroundRemovalTool(Matting matting, Watermark watermark) {
        this.matting = matting;
        this.watermark = watermark;
    }

    @Override
    public ToolType type() {
        return ToolType.REMOVE_IMAGE_BACKGROUND;
    }

    @Override
    public EngineInfo probe() {
        return matting.probe();
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        String fileId = ctx.input().path("imageStorageFileId").asText("");
        if (fileId.isBlank()) {
            throw ToolFailure.inputInvalid("imageStorageFileId is required");
        }
        BufferedImage source;
        try {
            source = UpscaleInput.read(ctx.inputPath(fileId), 1, MAX_SOURCE_PIXELS, MAX_SIDE);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The input image could not be read", true, e);
        }
        ctx.progress(0.1);
        float[] alpha = matting.alpha(
                source, () -> ctx.cancelled() || Thread.currentThread().isInterrupted());
        ctx.progress(0.9);
        BufferedImage cutout = Cutout.apply(source, alpha);
        if (ctx.watermark()) {
            watermark.drawOn(cutout);
        }
        Path file = ctx.scratchDir().resolve("cutout-" + ctx.resultIndex() + ".png");
        try {
            if (!ImageIO.write(cutout, "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The cut-out could not be written", true, e);
        }
        ctx.progress(1.0);
        return new ToolOutput(file, FileType.IMAGE, "image/png", "png", " (background removed)");
    }
}
