package dev.framewright.engines.sfx.dsp;

/** Small operations on sample buffers, in place unless they say otherwise. */
public final class Buf {
    private Buf() {}

    /** Adds {@code src·gain} into {@code dst} from {@code at}, cut at the end of {@code dst}. */
    public static void mix(float[] dst, float[] src, int at, double gain) {
        for (int i = 0; i < src.length; i++) {
            int j = at + i;
            if (j >= 0 && j < dst.length) {
                dst[j] += (float) (src[i] * gain);
            }
        }
    }

    public static void gain(float[] s, double g) {
        for (int i = 0; i < s.length; i++) {
            s[i] *= (float) g;
        }
    }

    public static float peak(float[] s) {
        float p = 0;
        for (float v : s) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }

    /** Scales so that the peak is {@code target}; silence stays silent. */
    public static void normalize(float[] s, double target) {
        float p = peak(s);
        if (p > 1e-9) {
            gain(s, target / p);
        }
    }

    /** Raised-cosine fades over {@code in} samples at the start and {@code out} at the end. */
    public static void fades(float[] s, int in, int out) {
        int a = Math.min(in, s.length);
        for (int i = 0; i < a; i++) {
            s[i] *= (float) (0.5 - 0.5 * StrictMath.cos(Math.PI * i / a));
        }
        int b = Math.min(out, s.length);
        for (int i = 0; i < b; i++) {
            s[s.length - 1 - i] *= (float) (0.5 - 0.5 * StrictMath.cos(Math.PI * i / b));
        }
    }

    /** Removes a constant offset (one-pole DC blocker). */
    public static void dcBlock(float[] s) {
        double x1 = 0;
        double y1 = 0;
        for (int i = 0; i < s.length; i++) {
            double y = s[i] - x1 + 0.9995 * y1;
            x1 = s[i];
            y1 = y;
            s[i] = (float) y;
        }
    }

    /**
     * A seamless loop of {@code length} samples from a buffer rendered {@code overlap} samples longer:
     * the extra tail is cross-faded (equal power) into the start, so the end runs on into the start.
     */
    public static float[] loop(float[] longer, int length) {
        int overlap = longer.length - length;
        float[] out = java.util.Arrays.copyOf(longer, length);
        for (int i = 0; i < overlap && i < length; i++) {
            double t = (i + 0.5) / overlap;
            double in = StrictMath.sin(t * Math.PI / 2);
            double fadeOut = StrictMath.cos(t * Math.PI / 2);
            out[i] = (float) (longer[i] * in + longer[length + i] * fadeOut);
        }
        return out;
    }

    /** {@code -dB} as a linear gain. */
    public static double db(double decibels) {
        return StrictMath.pow(10, decibels / 20);
    }
}
