package dev.framewright.engines.upscale;

import ai.onnxruntime.OrtException;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.onnx.OnnxModel;
import dev.framewright.engines.onnx.TfjsLayersConverter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * ESRGAN "thick" ×4 (npm {@code @upscalerjs/esrgan-thick} 1.0.0, MIT; an RRDN of idealo's ISR),
 * converted from its TF.js layers files to ONNX by {@link TfjsLayersConverter} on first use (into
 * {@value #ONNX_FILE} of the models folder) and run on ONNX Runtime in overlapping tiles of
 * {@value #TILE} px (plus {@value #OVERLAP} px of context a side), so memory stays flat whatever
 * the image size. RGB only: the model takes and gives 0–1. Thread-safe; one shared session.
 */
public final class Esrgan {
    public static final int SCALE = 4;
    public static final String MODEL_JSON = "esrgan-thick/x4/model.json";
    public static final String ONNX_FILE = "esrgan-thick/x4.onnx";
    static final int TILE = 128;
    static final int OVERLAP = 16;

    private final Path modelJson;
    private final OnnxModel model;

    public Esrgan(Path modelsDir) {
        this.modelJson = modelsDir.resolve(MODEL_JSON);
        this.model = new OnnxModel(modelsDir.resolve(ONNX_FILE));
    }

    /** Whether the TF.js model files are installed (the ONNX file is made from them when missing). */
    public boolean present() {
        return Files.isRegularFile(modelJson) || model.present();
    }

    /**
     * {@code src}'s RGB ×{@value #SCALE}, as {@code TYPE_INT_RGB}; progress after each tile,
     * cancellation checked between tiles.
     *
     * @throws ToolFailure {@code engine_failed} when the model cannot be converted, loaded or run, or
     *     the run was cancelled
     */
    public BufferedImage upscale(BufferedImage src, DoubleConsumer progress, BooleanSupplier cancelled)
            throws ToolFailure {
        ensureConverted();
        int w = src.getWidth();
        int h = src.getHeight();
        int[] in = src.getRGB(0, 0, w, h, null, 0, w);
        BufferedImage out = new BufferedImage(w * SCALE, h * SCALE, BufferedImage.TYPE_INT_RGB);
        int tilesX = (w + TILE - 1) / TILE;
        int tilesY = (h + TILE - 1) / TILE;
        int done = 0;
        for (int ty = 0; ty < tilesY; ty++) {
            for (int tx = 0; tx < tilesX; tx++) {
                if (cancelled.getAsBoolean()) {
                    throw new ToolFailure(ErrorCode.ENGINE_FAILED, "Upscaling was stopped: the run was cancelled");
                }
                tile(in, w, h, tx * TILE, ty * TILE, out);
                progress.accept((double) ++done / (tilesX * tilesY));
            }
        }
        return out;
    }

    private void tile(int[] in, int w, int h, int x0, int y0, BufferedImage out) throws ToolFailure {
        int x1 = Math.min(w, x0 + TILE);
        int y1 = Math.min(h, y0 + TILE);
        int px0 = Math.max(0, x0 - OVERLAP);
        int py0 = Math.max(0, y0 - OVERLAP);
        int px1 = Math.min(w, x1 + OVERLAP);
        int py1 = Math.min(h, y1 + OVERLAP);
        int tw = px1 - px0;
        int th = py1 - py0;
        int plane = tw * th;
        float[] chw = new float[3 * plane];
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                int p = in[(py0 + y) * w + px0 + x];
                int i = y * tw + x;
                chw[i] = ((p >> 16) & 0xFF) / 255f;
                chw[plane + i] = ((p >> 8) & 0xFF) / 255f;
                chw[2 * plane + i] = (p & 0xFF) / 255f;
            }
        }
        float[] sr;
        try {
            sr = model.run("input", new long[] {1, 3, th, tw}, chw, "output");
        } catch (OrtException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The upscaling model could not run", true, e);
        }
        int sw = tw * SCALE;
        int splane = sw * th * SCALE;
        for (int y = (y0 - py0) * SCALE; y < (y1 - py0) * SCALE; y++) {
            for (int x = (x0 - px0) * SCALE; x < (x1 - px0) * SCALE; x++) {
                int i = y * sw + x;
                int rgb = channel(sr[i]) << 16 | channel(sr[splane + i]) << 8 | channel(sr[2 * splane + i]);
                out.setRGB(px0 * SCALE + x, py0 * SCALE + y, rgb);
            }
        }
    }

    private static int channel(float v) {
        return Math.max(0, Math.min(255, Math.round(v * 255f)));
    }

    /** Converts the TF.js model to ONNX once (atomically: a half-written file is never used). */
    private synchronized void ensureConverted() throws ToolFailure {
        Path onnx = model.file();
        if (Files.isRegularFile(onnx)) {
            return;
        }
        try {
            byte[] bytes = TfjsLayersConverter.convert(modelJson);
            Path tmp = onnx.resolveSibling(onnx.getFileName() + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, onnx, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The upscaling model could not be prepared", true, e);
        }
    }
}
