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
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;

/**
 * {@code upscale-image} ×{@value LanczosUpscaleTool#SCALE} by ESRGAN: the model's ×4, resampled to
 * ×2 with Lanczos3 (alpha, when present, is resampled by Lanczos alone). Registered before {@link
 * LanczosUpscaleTool}, which serves when the model files are missing.
 *
 * <p>Limits: the source may be up to {@value LanczosUpscaleTool#MAX_SOURCE_PIXELS} pixels like the
 * Lanczos engine, but only sources up to {@value #MAX_MODEL_PIXELS} pixels go through the model
 * (≈ 0.3–0.7 ms a source pixel on 2 CPU cores: a 1024² source takes several minutes); larger ones are
 * upscaled by Lanczos3 alone, and the engine details say so. Thread-safe.
 */
public final class EsrganUpscaleTool implements Tool {
    public static final String ENGINE = "esrgan-thick";
    public static final long MAX_MODEL_PIXELS = 1024L * 1024;

    private final Esrgan esrgan;
    private final Watermark watermark;
    private final int passes;

    public EsrganUpscaleTool(Path modelsDir) {
        this(modelsDir, Watermark.DEFAULT);
    }

    public EsrganUpscaleTool(Path modelsDir, Watermark watermark) {
        this(new Esrgan(modelsDir), watermark);
    }

    public EsrganUpscaleTool(Esrgan esrgan, Watermark watermark) {
        this(esrgan, watermark, 1);
    }

    /**
     * @param esrgan the model, shared with upscale-video's per-frame path
     * @param passes 1, 2 or 4 model passes a tile, averaged ({@link Esrgan#upscale(BufferedImage, int,
     *     java.util.function.DoubleConsumer, BooleanSupplier)})
     */
    public EsrganUpscaleTool(Esrgan esrgan, Watermark watermark, int passes) {
        if (passes != 1 && passes != 2 && passes != 4) {
            throw new IllegalArgumentException("passes must be 1, 2 or 4: " + passes);
        }
        this.esrgan = esrgan;
        this.watermark = watermark;
        this.passes = passes;
    }

    @Override
    public ToolType type() {
        return ToolType.UPSCALE_IMAGE;
    }

    @Override
    public EngineInfo probe() {
        String license = "MIT (ESRGAN thick weights, UpscalerJS); ONNX Runtime MIT";
        if (!esrgan.present()) {
            return EngineInfo.unavailable(
                    ENGINE,
                    "1.0.0",
                    license,
                    "model file missing: " + Esrgan.MODEL_JSON + " (run ./framewright setup to install the models)");
        }
        return EngineInfo.available(
                ENGINE,
                "1.0.0",
                license,
                Map.of(
                        "model",
                        "ESRGAN thick x4 (npm @upscalerjs/esrgan-thick@1.0.0), converted to ONNX by Framewright",
                        "runtime",
                        "ONNX Runtime 1.23.2 (MIT), CPU, tiles of " + Esrgan.TILE + " px",
                        "scale",
                        String.valueOf(LanczosUpscaleTool.SCALE),
                        "passes",
                        passes + (passes == 1 ? "" : " (self-ensemble: mirrored runs averaged)"),
                        "maxModelPixels",
                        MAX_MODEL_PIXELS + " (larger sources: Lanczos3 only)"));
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        String fileId = ctx.input().path("imageStorageFileId").asText("");
        if (fileId.isBlank()) {
            throw ToolFailure.inputInvalid("imageStorageFileId is required");
        }
        BufferedImage source;
        try {
            source = UpscaleInput.read(
                    ctx.inputPath(fileId),
                    LanczosUpscaleTool.SCALE,
                    LanczosUpscaleTool.MAX_SOURCE_PIXELS,
                    LanczosUpscaleTool.MAX_OUTPUT_SIDE);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The input image could not be read", true, e);
        }
        ctx.progress(0.02);
        BufferedImage result = upscale(ctx, source);
        if (ctx.watermark()) {
            watermark.drawOn(result);
        }
        Path file = ctx.scratchDir().resolve("upscaled-" + ctx.resultIndex() + ".png");
        try {
            if (!ImageIO.write(result, "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The upscaled image could not be written", true, e);
        }
        ctx.progress(1.0);
        return new ToolOutput(file, FileType.IMAGE, "image/png", "png", " (upscaled)");
    }

    /** ×2: the model's ×4 resampled down (or Lanczos alone for big sources); alpha by Lanczos. */
    BufferedImage upscale(ToolContext ctx, BufferedImage source) throws ToolFailure, InterruptedException {
        if ((long) source.getWidth() * source.getHeight() > MAX_MODEL_PIXELS) {
            int w = source.getWidth() * LanczosUpscaleTool.SCALE;
            int h = source.getHeight() * LanczosUpscaleTool.SCALE;
            return Lanczos.resize(source, w, h, f -> ctx.progress(0.02 + 0.95 * f), ctx::cancelled);
        }
        return x2(esrgan, passes, source, f -> ctx.progress(0.02 + 0.9 * f), ctx::cancelled);
    }

    /**
     * {@code source} ×2: ESRGAN ×4, then Lanczos3 down to ×2, alpha (if any) resampled by Lanczos3.
     * Also the per-frame path of upscale-video.
     *
     * @throws ToolFailure {@code engine_failed} when the model fails or the run was cancelled
     * @throws InterruptedException when the thread was interrupted
     */
    public static BufferedImage x2(
            Esrgan esrgan, BufferedImage source, java.util.function.DoubleConsumer progress, BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        return x2(esrgan, 1, source, progress, cancelled);
    }

    private static BufferedImage x2(
            Esrgan esrgan,
            int passes,
            BufferedImage source,
            java.util.function.DoubleConsumer progress,
            BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        int w = source.getWidth() * LanczosUpscaleTool.SCALE;
        int h = source.getHeight() * LanczosUpscaleTool.SCALE;
        try {
            BufferedImage x4 = esrgan.upscale(
                    source,
                    passes,
                    progress,
                    () -> cancelled.getAsBoolean() || Thread.currentThread().isInterrupted());
            BufferedImage x2 = Lanczos.resize(x4, w, h);
            if (source.getColorModel().hasAlpha()) {
                BufferedImage alpha = Lanczos.resize(source, w, h);
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        x2.setRGB(x, y, (alpha.getRGB(x, y) & 0xFF000000) | (x2.getRGB(x, y) & 0xFFFFFF));
                    }
                }
                return x2;
            }
            BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(x2, 0, 0, null);
            return rgb;
        } catch (CancellationException e) {
            if (Thread.interrupted()) {
                throw new InterruptedException("upscaling interrupted");
            }
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "Upscaling was stopped: the run was cancelled");
        }
    }
}
