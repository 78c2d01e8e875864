package dev.framewright.engines.sfx.dsp;

/**
 * A look-ahead peak limiter: the gain starts falling {@value #LOOKAHEAD_SECONDS} s before a peak so
 * that no sample exceeds the ceiling, and recovers over the release time. Works on a whole buffer.
 */
public final class Limiter {
    static final double LOOKAHEAD_SECONDS = 0.004;

    private Limiter() {}

    /**
     * Limits {@code s} in place to {@code ceiling} (linear, e.g. 0.89 for -1 dBFS). The gain follows the
     * look-ahead minimum of what each sample needs, smoothed over about a third of the look-ahead when
     * it falls and over {@code releaseSeconds} when it rises; a final clamp catches what smoothing let by.
     */
    public static void apply(float[] s, int rate, double ceiling, double releaseSeconds) {
        int look = Math.max(1, (int) (LOOKAHEAD_SECONDS * rate));
        float[] need = new float[s.length];
        for (int i = 0; i < s.length; i++) {
            float a = Math.abs(s[i]);
            need[i] = a > ceiling ? (float) (ceiling / a) : 1f;
        }
        float[] window = slidingMin(need, look);
        double release = StrictMath.exp(-1 / (Math.max(0.005, releaseSeconds) * rate));
        double attack = StrictMath.exp(-1 / (look / 3.0));
        double g = 1;
        double smooth = 1;
        for (int i = 0; i < s.length; i++) {
            g = window[i] < g ? window[i] : window[i] + (g - window[i]) * release;
            smooth = g < smooth ? g + (smooth - g) * attack : g;
            double out = s[i] * smooth;
            s[i] = (float) Math.max(-ceiling, Math.min(ceiling, out));
        }
    }

    /** The minimum of each window {@code [i, i + n)} (a monotonic queue of indices: linear time). */
    static float[] slidingMin(float[] v, int n) {
        float[] out = new float[v.length];
        int[] q = new int[v.length];
        int head = 0;
        int tail = 0;
        int next = 0;
        for (int i = 0; i < v.length; i++) {
            while (next < v.length && next < i + n) {
                while (tail > head && v[q[tail - 1]] >= v[next]) {
                    tail--;
                }
                q[tail++] = next++;
            }
            while (q[head] < i) {
                head++;
            }
            out[i] = v[q[head]];
        }
        return out;
    }
}
