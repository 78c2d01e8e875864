package dev.framewright.engines.sfx;

import java.util.Arrays;

/** Small acoustic measurements for tests: spectra (FFT), envelopes, onsets, pitch tracks. */
final class Analysis {
    static final int FRAME = 2048;

    private Analysis() {}

    /** In-place radix-2 FFT; {@code re.length} is a power of two. */
    static void fft(double[] re, double[] im) {
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
            for (int i = 0; i < n; i += len) {
                for (int k = 0; k < len / 2; k++) {
                    double wr = Math.cos(ang * k);
                    double wi = Math.sin(ang * k);
                    int a = i + k;
                    int b = a + len / 2;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }

    /** Power per bin (FRAME/2 bins) of a Hann-windowed frame starting at {@code from} (zero-padded). */
    static double[] frame(float[] s, int from) {
        double[] re = new double[FRAME];
        double[] im = new double[FRAME];
        for (int i = 0; i < FRAME; i++) {
            int j = from + i;
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (FRAME - 1));
            re[i] = j >= 0 && j < s.length ? s[j] * w : 0;
        }
        fft(re, im);
        double[] p = new double[FRAME / 2];
        for (int k = 0; k < p.length; k++) {
            p[k] = re[k] * re[k] + im[k] * im[k];
        }
        return p;
    }

    /** Average power spectrum over [from, to) samples. */
    static double[] spectrum(float[] s, int from, int to) {
        double[] sum = new double[FRAME / 2];
        for (int at = from; at + FRAME / 2 < to; at += FRAME / 2) {
            double[] p = frame(s, at);
            for (int k = 0; k < p.length; k++) {
                sum[k] += p[k];
            }
        }
        return sum;
    }

    static double[] spectrum(float[] s) {
        return spectrum(s, 0, s.length);
    }

    static double hz(int bin, int rate) {
        return bin * (double) rate / FRAME;
    }

    /** Share of power between {@code lo} and {@code hi} Hz. */
    static double bandShare(double[] p, int rate, double lo, double hi) {
        double in = 0;
        double all = 0;
        for (int k = 1; k < p.length; k++) {
            all += p[k];
            double f = hz(k, rate);
            if (f >= lo && f < hi) {
                in += p[k];
            }
        }
        return all == 0 ? 0 : in / all;
    }

    static double centroid(double[] p, int rate) {
        double num = 0;
        double den = 0;
        for (int k = 1; k < p.length; k++) {
            num += hz(k, rate) * p[k];
            den += p[k];
        }
        return den == 0 ? 0 : num / den;
    }

    /** Peak over mean power between 100 Hz and 10 kHz, in dB: high for tones, low for noise. */
    static double tonality(double[] p, int rate) {
        double max = 0;
        double sum = 0;
        int n = 0;
        for (int k = 1; k < p.length; k++) {
            double f = hz(k, rate);
            if (f >= 100 && f <= 10000) {
                max = Math.max(max, p[k]);
                sum += p[k];
                n++;
            }
        }
        return 10 * Math.log10(max / (sum / n));
    }

    /** Geometric over arithmetic mean of power between 200 Hz and 10 kHz (1 = white noise). */
    static double flatness(double[] p, int rate) {
        double logSum = 0;
        double sum = 0;
        int n = 0;
        for (int k = 1; k < p.length; k++) {
            double f = hz(k, rate);
            if (f >= 200 && f <= 10000) {
                logSum += Math.log(p[k] + 1e-20);
                sum += p[k];
                n++;
            }
        }
        return Math.exp(logSum / n) / (sum / n);
    }

    /** The frequency of the strongest bin of each frame (hop {@code hop}), NaN for frames 30 dB below the loudest. */
    static double[] peakTrack(float[] s, int rate, int hop) {
        int frames = Math.max(1, (s.length - FRAME) / hop + 1);
        double[] out = new double[frames];
        double loudest = 0;
        double[] energy = new double[frames];
        for (int f = 0; f < frames; f++) {
            double[] p = frame(s, f * hop);
            int best = 1;
            double e = 0;
            for (int k = 1; k < p.length; k++) {
                e += p[k];
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            energy[f] = e;
            loudest = Math.max(loudest, e);
            out[f] = hz(best, rate);
        }
        for (int f = 0; f < frames; f++) {
            if (energy[f] < loudest * 0.001) {
                out[f] = Double.NaN;
            }
        }
        return out;
    }

    /** RMS per frame of {@code seconds}. */
    static double[] rms(float[] s, int rate, double seconds) {
        int n = Math.max(1, (int) (rate * seconds));
        double[] out = new double[s.length / n];
        for (int f = 0; f < out.length; f++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double v = s[f * n + i];
                sum += v * v;
            }
            out[f] = Math.sqrt(sum / n);
        }
        return out;
    }

    static double db(double v) {
        return 20 * Math.log10(Math.max(v, 1e-12));
    }

    static double rmsOf(float[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += s[i] * (double) s[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }

    /**
     * Onsets: 5 ms frames of high-passed energy (first difference) that are local maxima and at least
     * {@code ratio}× the median of the surrounding 0.2 s, above 0.1 % of the loudest frame.
     */
    static int[] onsets(float[] s, int rate, double ratio) {
        int n = rate / 200;
        double[] e = new double[s.length / n];
        double max = 0;
        for (int f = 0; f < e.length; f++) {
            double sum = 0;
            for (int i = Math.max(1, f * n); i < f * n + n; i++) {
                double d = s[i] - s[i - 1];
                sum += d * d;
            }
            e[f] = sum;
            max = Math.max(max, sum);
        }
        int[] found = new int[e.length];
        int count = 0;
        for (int f = 1; f < e.length - 1; f++) {
            int lo = Math.max(0, f - 20);
            int hi = Math.min(e.length, f + 21);
            double[] around = Arrays.copyOfRange(e, lo, hi);
            Arrays.sort(around);
            double median = around[around.length / 2];
            if (e[f] >= e[f - 1] && e[f] > e[f + 1] && e[f] > ratio * median && e[f] > max * 0.001) {
                found[count++] = f * n;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** Normalised autocorrelation of {@code v} (mean removed) at {@code lag}. */
    static double autocorrelation(double[] v, int lag) {
        double mean = Arrays.stream(v).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < v.length; i++) {
            double a = v[i] - mean;
            den += a * a;
            if (i + lag < v.length) {
                num += a * (v[i + lag] - mean);
            }
        }
        return den == 0 ? 0 : num / den;
    }

    /** The lag in [minLag, maxLag] with the highest autocorrelation, and that value. */
    static double[] bestPeriod(double[] v, int minLag, int maxLag) {
        int best = minLag;
        double value = -1;
        for (int lag = minLag; lag <= maxLag && lag < v.length; lag++) {
            double a = autocorrelation(v, lag);
            if (a > value) {
                value = a;
                best = lag;
            }
        }
        return new double[] {best, value};
    }

    static double[] toDouble(float[] s) {
        double[] d = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            d[i] = s[i];
        }
        return d;
    }
}
