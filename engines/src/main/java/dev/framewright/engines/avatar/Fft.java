package dev.framewright.engines.avatar;

/** An in-place radix-2 FFT and the power spectrum of a Hann-windowed frame. */
final class Fft {
    private Fft() {}

    /** Power per bin (0 … n/2) of {@code frame}, Hann-windowed and zero-padded to {@code n} (a power of two). */
    static double[] power(float[] samples, int start, int length, int n) {
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < length; i++) {
            int k = start + i;
            double v = k >= 0 && k < samples.length ? samples[k] : 0;
            re[i] = v * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / (length - 1)));
        }
        transform(re, im);
        double[] p = new double[n / 2 + 1];
        for (int i = 0; i < p.length; i++) {
            p[i] = re[i] * re[i] + im[i] * im[i];
        }
        return p;
    }

    static void transform(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double ang = -2 * Math.PI / len;
            double wr = Math.cos(ang), wi = Math.sin(ang);
            for (int i = 0; i < n; i += len) {
                double cr = 1, ci = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k, b = i + k + len / 2;
                    double xr = re[b] * cr - im[b] * ci;
                    double xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                    double nr = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = nr;
                }
            }
        }
    }
}
