package dev.framewright.engines.background;

/**
 * Brings a low-resolution matte to the image's size: bilinear upsampling, then a guided filter (He
 * et al., 2010) with the image's luma as the guide, so that the matte's edges snap to the image's
 * own edges instead of the coarse grid (no halo of background colour around the subject). Stateless.
 */
final class AlphaRefiner {
    static final double EPS = 1e-3;

    private AlphaRefiner() {}

    /** {@code matte} ({@code mw × mh}) at {@code w × h}, bilinear, pixel centres aligned. */
    static float[] upsample(float[] matte, int mw, int mh, int w, int h) {
        float[] out = new float[w * h];
        double sx = (double) mw / w;
        double sy = (double) mh / h;
        for (int y = 0; y < h; y++) {
            double fy = Math.max(0, Math.min(mh - 1, (y + 0.5) * sy - 0.5));
            int y0 = (int) fy;
            int y1 = Math.min(mh - 1, y0 + 1);
            double ty = fy - y0;
            for (int x = 0; x < w; x++) {
                double fx = Math.max(0, Math.min(mw - 1, (x + 0.5) * sx - 0.5));
                int x0 = (int) fx;
                int x1 = Math.min(mw - 1, x0 + 1);
                double tx = fx - x0;
                double top = matte[y0 * mw + x0] * (1 - tx) + matte[y0 * mw + x1] * tx;
                double bottom = matte[y1 * mw + x0] * (1 - tx) + matte[y1 * mw + x1] * tx;
                out[y * w + x] = (float) (top * (1 - ty) + bottom * ty);
            }
        }
        return out;
    }

    /** The guided filter of {@code p} by {@code guide} (both 0–1, {@code w × h}), clamped to 0–1. */
    static float[] guided(float[] guide, float[] p, int w, int h, int radius) {
        float[] meanI = box(guide, null, w, h, radius);
        float[] meanP = box(p, null, w, h, radius);
        float[] corrI = box(guide, guide, w, h, radius);
        float[] corrIp = box(guide, p, w, h, radius);
        float[] a = new float[w * h];
        float[] b = new float[w * h];
        for (int i = 0; i < a.length; i++) {
            double var = corrI[i] - meanI[i] * meanI[i];
            double cov = corrIp[i] - meanI[i] * meanP[i];
            a[i] = (float) (cov / (var + EPS));
            b[i] = (float) (meanP[i] - a[i] * meanI[i]);
        }
        float[] meanA = box(a, null, w, h, radius);
        float[] meanB = box(b, null, w, h, radius);
        float[] q = new float[w * h];
        for (int i = 0; i < q.length; i++) {
            q[i] = (float) Math.max(0, Math.min(1, meanA[i] * guide[i] + meanB[i]));
        }
        return q;
    }

    /** Luma of ARGB pixels, 0–1. */
    static float[] luma(int[] argb) {
        float[] out = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            out[i] = (0.299f * ((p >> 16) & 0xFF) + 0.587f * ((p >> 8) & 0xFF) + 0.114f * (p & 0xFF)) / 255f;
        }
        return out;
    }

    /** Mean of {@code x·y} (or of {@code x} when {@code y} is null) over a (2r+1)² box, edges clamped. */
    private static float[] box(float[] x, float[] y, int w, int h, int r) {
        double[] integral = new double[(w + 1) * (h + 1)];
        for (int row = 0; row < h; row++) {
            double run = 0;
            for (int col = 0; col < w; col++) {
                int i = row * w + col;
                run += y == null ? x[i] : (double) x[i] * y[i];
                integral[(row + 1) * (w + 1) + col + 1] = integral[row * (w + 1) + col + 1] + run;
            }
        }
        float[] out = new float[w * h];
        for (int row = 0; row < h; row++) {
            int r0 = Math.max(0, row - r);
            int r1 = Math.min(h, row + r + 1);
            for (int col = 0; col < w; col++) {
                int c0 = Math.max(0, col - r);
                int c1 = Math.min(w, col + r + 1);
                double sum = integral[r1 * (w + 1) + c1]
                        - integral[r0 * (w + 1) + c1]
                        - integral[r1 * (w + 1) + c0]
                        + integral[r0 * (w + 1) + c0];
                out[row * w + col] = (float) (sum / ((double) (r1 - r0) * (c1 - c0)));
            }
        }
        return out;
    }
}
