package dev.framewright.engines.upscale;

/** The two passes of {@link Lanczos} for one row, on premultiplied float RGBA in the range 0–255. */
final class Rows {
    private Rows() {}

    /** Resamples input row {@code in[from … from+inWidth)} across into {@code out[to …]} (4 floats per pixel). */
    static void horizontal(int[] in, int from, int inWidth, ResampleKernel kernel, float[] out, int to) {
        float[] row = premultiplied(in, from, inWidth);
        float[] w = kernel.weights();
        for (int x = 0, outWidth = kernel.outputs(); x < outWidth; x++) {
            int s = kernel.start(x) * 4;
            int base = kernel.offset(x);
            float r = 0;
            float g = 0;
            float b = 0;
            float a = 0;
            for (int k = 0, n = kernel.count(x); k < n; k++, s += 4) {
                float weight = w[base + k];
                r += weight * row[s];
                g += weight * row[s + 1];
                b += weight * row[s + 2];
                a += weight * row[s + 3];
            }
            int o = to + x * 4;
            out[o] = r;
            out[o + 1] = g;
            out[o + 2] = b;
            out[o + 3] = a;
        }
    }

    /**
     * Resamples output row {@code y} down from the band {@code rows} (which starts at input row {@code
     * firstRow}) and packs it into {@code pixels} as non-premultiplied ARGB.
     */
    static void vertical(float[] rows, int firstRow, int width, ResampleKernel kernel, int y, int[] pixels) {
        int span = width * 4;
        float[] acc = new float[span];
        float[] w = kernel.weights();
        int base = kernel.offset(y);
        for (int k = 0, n = kernel.count(y); k < n; k++) {
            float weight = w[base + k];
            int from = (kernel.start(y) + k - firstRow) * span;
            for (int i = 0; i < span; i++) {
                acc[i] += weight * rows[from + i];
            }
        }
        for (int x = 0, p = y * width; x < width; x++, p++) {
            pixels[p] = pack(acc, x * 4);
        }
    }

    private static float[] premultiplied(int[] in, int from, int width) {
        float[] row = new float[width * 4];
        for (int x = 0; x < width; x++) {
            int argb = in[from + x];
            float a = argb >>> 24;
            float f = a / 255f;
            row[x * 4] = ((argb >> 16) & 0xFF) * f;
            row[x * 4 + 1] = ((argb >> 8) & 0xFF) * f;
            row[x * 4 + 2] = (argb & 0xFF) * f;
            row[x * 4 + 3] = a;
        }
        return row;
    }

    /** Clamps the overshoot of the kernel's negative lobes and undoes the premultiplication. */
    private static int pack(float[] acc, int i) {
        float a = Math.min(255f, Math.max(0f, acc[i + 3]));
        if (a < 0.5f) {
            return 0;
        }
        float unpremultiply = 255f / a;
        int r = channel(acc[i], a, unpremultiply);
        int g = channel(acc[i + 1], a, unpremultiply);
        int b = channel(acc[i + 2], a, unpremultiply);
        return Math.round(a) << 24 | r << 16 | g << 8 | b;
    }

    private static int channel(float premultiplied, float a, float unpremultiply) {
        float clamped = Math.min(a, Math.max(0f, premultiplied));
        return Math.min(255, Math.round(clamped * unpremultiply));
    }
}
