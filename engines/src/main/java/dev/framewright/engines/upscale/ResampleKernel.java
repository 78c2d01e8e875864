package dev.framewright.engines.upscale;

/**
 * Precomputed Lanczos3 weights for resampling one axis from {@code inSize} to {@code outSize}
 * samples. Output sample {@code o} is {@code sum(weight(o, k) * in[start(o) + k])} for {@code k <
 * count(o)}. Pixel centres sit at {@code i + 0.5}. When shrinking, the kernel is widened by the
 * shrink factor so that it also low-passes (no aliasing). Taps that would fall outside the image are
 * dropped and the rest renormalised, which clamps edges without ringing from a virtual border.
 */
final class ResampleKernel {
    private static final int LOBES = 3;

    private final int[] start;
    private final int[] count;
    private final float[] weights;
    private final int stride;

    private ResampleKernel(int outSize, int stride) {
        this.start = new int[outSize];
        this.count = new int[outSize];
        this.weights = new float[outSize * stride];
        this.stride = stride;
    }

    static ResampleKernel lanczos3(int inSize, int outSize) {
        double scale = (double) outSize / inSize;
        double filterScale = Math.max(1.0, 1.0 / scale);
        double support = LOBES * filterScale;
        ResampleKernel kernel = new ResampleKernel(outSize, (int) Math.ceil(support) * 2 + 2);
        for (int o = 0; o < outSize; o++) {
            kernel.fill(o, (o + 0.5) / scale, support, filterScale, inSize);
        }
        return kernel;
    }

    private void fill(int o, double center, double support, double filterScale, int inSize) {
        int lo = Math.max(0, (int) Math.floor(center - support));
        int hi = Math.min(inSize, (int) Math.ceil(center + support));
        double[] w = new double[hi - lo];
        double sum = 0;
        for (int i = lo; i < hi; i++) {
            w[i - lo] = lanczos3((i + 0.5 - center) / filterScale);
            sum += w[i - lo];
        }
        start[o] = lo;
        count[o] = hi - lo;
        for (int k = 0; k < w.length; k++) {
            weights[o * stride + k] = (float) (w[k] / sum);
        }
    }

    static double lanczos3(double x) {
        if (x == 0) {
            return 1;
        }
        if (x <= -LOBES || x >= LOBES) {
            return 0;
        }
        double px = Math.PI * x;
        return LOBES * Math.sin(px) * Math.sin(px / LOBES) / (px * px);
    }

    /** Number of output samples. */
    int outputs() {
        return start.length;
    }

    int start(int o) {
        return start[o];
    }

    int count(int o) {
        return count[o];
    }

    /** One past the last input sample that output sample {@code o} reads. */
    int end(int o) {
        return start[o] + count[o];
    }

    /** Index of output sample {@code o}'s first weight in {@link #weights()}. */
    int offset(int o) {
        return o * stride;
    }

    float[] weights() {
        return weights;
    }
}
