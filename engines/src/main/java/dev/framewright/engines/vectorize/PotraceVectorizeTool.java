package dev.framewright.engines.vectorize;

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
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code vectorize-image}: the image is quantized to a palette whose size follows the image (up to
 * {@value #MAX_COLOURS} colours; black-and-white line art skips quantization), each colour is traced
 * by potrace (Debian, GPL-2.0-or-later, a subprocess per layer), and the layers are stacked into one
 * SVG with a {@code viewBox} in source pixels. When asked to, the watermark is a vector path.
 *
 * <p>Inputs over {@value #MAX_SOURCE_PIXELS} pixels or {@value #MAX_SIDE} px on a side fail with
 * {@code input_invalid}. Thread-safe; the constructor does no I/O.
 */
public final class PotraceVectorizeTool implements Tool {
    public static final int MAX_COLOURS = 24;
    public static final long MAX_SOURCE_PIXELS = 16_000_000L;
    public static final int MAX_SIDE = 8192;
    private static final String ENGINE = "potrace";
    private static final String LICENSE = "GPL-2.0-or-later (potrace, Debian package, run as a subprocess)";
    private static final double DECODED = 0.05;
    private static final double QUANTIZED = 0.15;

    private final Watermark watermark;
    private final Potrace potrace;
    private volatile EngineInfo probed;

    public PotraceVectorizeTool(Duration timeout) {
        this(Watermark.DEFAULT, timeout);
    }

    public PotraceVectorizeTool(Watermark watermark, Duration timeout) {
        this.watermark = watermark;
        this.potrace = new Potrace(timeout);
    }

    @Override
    public ToolType type() {
        return ToolType.VECTORIZE_IMAGE;
    }

    @Override
    public EngineInfo probe() {
        EngineInfo p = probed;
        if (p == null) {
            probed = p = probeNow();
        }
        return p;
    }

    private static EngineInfo probeNow() {
        Optional<String> version = ProgramVersion.firstLine(Potrace.PROGRAM, "--version");
        if (version.isEmpty()) {
            return EngineInfo.unavailable(
                    ENGINE, null, LICENSE, "potrace is not installed (Debian package potrace; ./framewright setup)");
        }
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d+(\\.\\d+)+)").matcher(version.get());
        String v = m.find() ? m.group(1) : version.get();
        return EngineInfo.available(
                ENGINE,
                v,
                LICENSE,
                Map.of(
                        "model",
                        "none (colour quantization + potrace per layer)",
                        "maxColours",
                        String.valueOf(MAX_COLOURS),
                        "output",
                        "image/svg+xml"));
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        String fileId = ctx.input().path("imageStorageFileId").asText("");
        if (fileId.isBlank()) {
            throw ToolFailure.inputInvalid("imageStorageFileId is required");
        }
        BufferedImage image = decode(ctx, fileId);
        int width = image.getWidth();
        int height = image.getHeight();
        ctx.progress(DECODED);
        int[] argb = argb(image);
        Quantizer.Result q = LineArt.detect(argb).orElseGet(() -> Quantizer.quantize(argb, MAX_COLOURS));
        ctx.progress(QUANTIZED);
        Path dir = ctx.scratchDir();
        String svg = new LayeredTracer(potrace)
                .trace(
                        q,
                        width,
                        height,
                        dir,
                        ctx.watermark() ? watermark.svgPath(width, height) : "",
                        f -> ctx.progress(QUANTIZED + (0.98 - QUANTIZED) * f),
                        () -> ctx.cancelled() || Thread.currentThread().isInterrupted());
        Path file = dir.resolve("vectorized-" + ctx.resultIndex() + ".svg");
        try {
            Files.writeString(file, svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The SVG could not be written", true, e);
        }
        ctx.progress(1.0);
        return new ToolOutput(file, FileType.IMAGE, "image/svg+xml", "svg", " (vectorized)");
    }

    private static BufferedImage decode(ToolContext ctx, String fileId) throws ToolFailure {
        try {
            BufferedImage image = UpscaleInput.read(ctx.inputPath(fileId), 1, MAX_SOURCE_PIXELS, MAX_SIDE);
            if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
                throw ToolFailure.inputInvalid(
                        "The image is too large to vectorize: at most " + MAX_SIDE + " px on a side");
            }
            return image;
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The input image could not be read", true, e);
        }
    }

    /** Non-premultiplied ARGB pixels, row-major. */
    static int[] argb(BufferedImage src) {
        BufferedImage copy = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.setComposite(java.awt.AlphaComposite.Src);
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
    }
}
