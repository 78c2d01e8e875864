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
    /**
     * Source pixels mirrored beyond the image's own edges: the network's zero padding otherwise
     * darkens and rings the outermost output pixels (measured: +0.03 dB mean PSNR on the benchmark
     * photos, with 4, 8 and 16 px alike; docs/benchmarks.md).
     */
    static final int EDGE = 4;

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

    /** {@code src}'s RGB ×{@value #SCALE} in one pass; see {@link #upscale(BufferedImage, int, DoubleConsumer, BooleanSupplier)}. */
    public BufferedImage upscale(BufferedImage src, DoubleConsumer progress, BooleanSupplier cancelled)
            throws ToolFailure {
        return upscale(src, 1, progress, cancelled);
    }

    /**
     * {@code src}'s RGB ×{@value #SCALE}, as {@code TYPE_INT_RGB}; progress after each tile,
     * cancellation checked between tiles.
     *
     * @param passes 1, 2 or 4: each tile is also run mirrored left–right (2) and top–bottom (4), and
     *     the un-mirrored outputs averaged (geometric self-ensemble, as in EDSR+): a little truer to
     *     the original, {@code passes} times slower
     * @throws ToolFailure {@code engine_failed} when the model cannot be converted, loaded or run, or
     *     the run was cancelled
     */
    public BufferedImage upscale(BufferedImage src, int passes, DoubleConsumer progress, BooleanSupplier cancelled)
            throws ToolFailure {
        if (passes != 1 && passes != 2 && passes != 4) {
            throw new IllegalArgumentException("passes must be 1, 2 or 4: " + passes);
        }
        ensureConverted();
        int w = src.getWidth();
        int h = src.getHeight();
        int[] in = src.getRGB(0, 0, w, h, null, 0, w);
        BufferedImage out = new BufferedImage(w * SCALE, h * SCALE, BufferedImage.TYPE_INT_RGB);
        int tilesX = (w + TILE - 1) / TILE;
        int tilesY = (h + TILE - 1) / TILE;
        int steps = tilesX * tilesY * passes;
        int done = 0;
        for (int ty = 0; ty < tilesY; ty++) {
            for (int tx = 0; tx < tilesX; tx++) {
                Tile tile = new Tile(in, w, h, tx * TILE, ty * TILE);
                for (int pass = 0; pass < passes; pass++) {
                    if (cancelled.getAsBoolean()) {
                        throw new ToolFailure(ErrorCode.ENGINE_FAILED, "Upscaling was stopped: the run was cancelled");
                    }
                    tile.run(pass);
                    progress.accept((double) ++done / steps);
                }
                tile.writeTo(out, passes);
            }
        }
        return out;
    }

    /**
     * One tile with its context: OVERLAP px of neighbouring pixels inside the image, EDGE mirrored
     * px beyond it. Each pass runs the model on the tile as is or mirrored and adds the un-mirrored
     * output to a sum; only the tile's own part of the output is kept.
     */
    private final class Tile {
        private final int x0;
        private final int y0;
        private final int x1;
        private final int y1;
        private final int px0;
        private final int py0;
        private final int tw;
        private final int th;
        private final int[] rgb;
        private final float[] sum;

        Tile(int[] in, int w, int h, int x0, int y0) {
            this.x0 = x0;
            this.y0 = y0;
            this.x1 = Math.min(w, x0 + TILE);
            this.y1 = Math.min(h, y0 + TILE);
            this.px0 = x0 == 0 ? -EDGE : Math.max(0, x0 - OVERLAP);
            this.py0 = y0 == 0 ? -EDGE : Math.max(0, y0 - OVERLAP);
            this.tw = (x1 == w ? w + EDGE : Math.min(w, x1 + OVERLAP)) - px0;
            this.th = (y1 == h ? h + EDGE : Math.min(h, y1 + OVERLAP)) - py0;
            this.rgb = new int[tw * th];
            for (int y = 0; y < th; y++) {
                int row = mirror(py0 + y, h) * w;
                for (int x = 0; x < tw; x++) {
                    rgb[y * tw + x] = in[row + mirror(px0 + x, w)];
                }
            }
            this.sum = new float[3 * tw * th * SCALE * SCALE];
        }

        /** Pass 0: as is; 1: mirrored left–right; 2: top–bottom; 3: both. */
        void run(int pass) throws ToolFailure {
            boolean flipX = (pass & 1) != 0;
            boolean flipY = (pass & 2) != 0;
            int plane = tw * th;
            float[] chw = new float[3 * plane];
            for (int y = 0; y < th; y++) {
                int sy = flipY ? th - 1 - y : y;
                for (int x = 0; x < tw; x++) {
                    int p = rgb[sy * tw + (flipX ? tw - 1 - x : x)];
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
            int sh = th * SCALE;
            int splane = sw * sh;
            for (int y = 0; y < sh; y++) {
                int from = (flipY ? sh - 1 - y : y) * sw;
                for (int x = 0; x < sw; x++) {
                    int i = from + (flipX ? sw - 1 - x : x);
                    int o = y * sw + x;
                    sum[o] += sr[i];
                    sum[splane + o] += sr[splane + i];
                    sum[2 * splane + o] += sr[2 * splane + i];
                }
            }
        }

        /** The mean of the passes, for the tile's own pixels only. */
        void writeTo(BufferedImage out, int passes) {
            int sw = tw * SCALE;
            int splane = sw * th * SCALE;
            float k = 255f / passes;
            for (int y = (y0 - py0) * SCALE; y < (y1 - py0) * SCALE; y++) {
                for (int x = (x0 - px0) * SCALE; x < (x1 - px0) * SCALE; x++) {
                    int i = y * sw + x;
                    int v = channel(sum[i] * k) << 16
                            | channel(sum[splane + i] * k) << 8
                            | channel(sum[2 * splane + i] * k);
                    out.setRGB(px0 * SCALE + x, py0 * SCALE + y, v);
                }
            }
        }
    }

    /** {@code i} reflected into {@code [0, n)} without repeating the edge pixel (as numpy's "reflect"). */
    static int mirror(int i, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * (n - 1);
        int m = Math.floorMod(i, period);
        return m < n ? m : period - m;
    }

    /** A 0–255 value, rounded and clamped. */
    private static int channel(float v) {
        return Math.max(0, Math.min(255, Math.round(v)));
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
