package dev.framewright.engines.upscale;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.media.Watermark;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javax.imageio.ImageIO;

/**
 * {@code upscale-image} by Lanczos3 resampling ×2, in pure Java: always available, the fallback
 * behind learned upscalers. Writes a PNG (with alpha when the result has transparency) into the run's scratch
 * folder, watermarked when the context asks for it.
 *
 * <p>Inputs over {@value #MAX_SOURCE_PIXELS} pixels, or whose result would exceed {@value
 * #MAX_OUTPUT_SIDE} px on a side, and undecodable inputs fail with {@code input_invalid}. At the
 * largest size a run holds about 350 MB of pixels. Thread-safe; the constructor does no I/O.
 */
public final class LanczosUpscaleTool implements Tool {
    public static final int SCALE = 2;
    public static final long MAX_SOURCE_PIXELS = 16_000_000L;
    public static final int MAX_OUTPUT_SIDE = 8192;
    private static final double DECODED = 0.05;
    private static final double RESAMPLED = 0.9;

    private final Watermark watermark;

    /** Marks outputs, when asked to, with {@link Watermark#DEFAULT}. */
    public LanczosUpscaleTool() {
        this(Watermark.DEFAULT);
    }

    public LanczosUpscaleTool(Watermark watermark) {
        this.watermark = watermark;
    }

    @Override
    public ToolType type() {
        return ToolType.UPSCALE_IMAGE;
    }

    @Override
    public EngineInfo probe() {
        return EngineInfo.available("lanczos3", "1", "Apache-2.0", Map.of("scale", String.valueOf(SCALE)));
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        String fileId = ctx.input().path("imageStorageFileId").asText("");
        if (fileId.isBlank()) {
            throw ToolFailure.inputInvalid("imageStorageFileId is required");
        }
        BufferedImage source = decode(ctx, fileId);
        ctx.progress(DECODED);
        BufferedImage upscaled = resample(ctx, source);
        if (ctx.watermark()) {
            watermark.drawOn(upscaled);
        }
        Path file = ctx.scratchDir().resolve("upscaled-" + ctx.resultIndex() + ".png");
        write(hasTransparency(upscaled) ? upscaled : opaque(upscaled), file);
        ctx.progress(1.0);
        return new ToolOutput(file, FileType.IMAGE, "image/png", "png", " (upscaled)");
    }

    private static BufferedImage decode(ToolContext ctx, String fileId) throws ToolFailure {
        try {
            return UpscaleInput.read(ctx.inputPath(fileId), SCALE, MAX_SOURCE_PIXELS, MAX_OUTPUT_SIDE);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The input image could not be read", true, e);
        }
    }

    private static BufferedImage resample(ToolContext ctx, BufferedImage source)
            throws ToolFailure, InterruptedException {
        try {
            return Lanczos.resize(
                    source,
                    source.getWidth() * SCALE,
                    source.getHeight() * SCALE,
                    f -> ctx.progress(DECODED + (RESAMPLED - DECODED) * f),
                    () -> ctx.cancelled() || Thread.currentThread().isInterrupted());
        } catch (CancellationException e) {
            if (Thread.interrupted()) {
                throw new InterruptedException("upscaling interrupted");
            }
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "Upscaling was stopped: the run was cancelled");
        }
    }

    /** Whether any pixel of a {@code TYPE_INT_ARGB} image is not fully opaque. */
    private static boolean hasTransparency(BufferedImage argb) {
        for (int pixel : Lanczos.argbPixels(argb)) {
            if (pixel >>> 24 != 0xFF) {
                return true;
            }
        }
        return false;
    }

    /** An RGB copy: smaller PNGs for opaque images. */
    private static BufferedImage opaque(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(argb, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static void write(BufferedImage image, Path file) throws ToolFailure {
        try {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The upscaled image could not be written", true, e);
        }
    }
}
