package dev.framewright.engines.sfx.dsp;

/**
 * A feedback delay network reverb: four delay lines of mutually prime lengths mixed by a Hadamard
 * matrix, each with a low-pass in its loop (air and walls absorb highs first) and a gain set for the
 * requested decay time (RT60). {@link #process} returns the wet signal only. Not thread-safe.
 */
public final class FdnReverb {
    private static final int[] BASE = {1433, 1601, 1867, 2053};

    private final float[][] lines = new float[4][];
    private final int[] pos = new int[4];
    private final double[] gain = new double[4];
    private final double[] lp = new double[4];
    private final double damping;
    private final float[] pre;
    private int prePos;

    /**
     * @param size room size 0.2 (small room) – 2 (hall): scales the delay lengths
     * @param rt60 decay time in seconds
     * @param damping 0 (bright) – 0.9 (dark)
     */
    public FdnReverb(int rate, double size, double rt60, double damping) {
        double scale = size * rate / 44_100.0;
        for (int i = 0; i < 4; i++) {
            int n = Math.max(16, (int) (BASE[i] * scale));
            lines[i] = new float[n];
            gain[i] = StrictMath.pow(10, -3.0 * n / (Math.max(0.05, rt60) * rate));
        }
        this.damping = Math.max(0, Math.min(0.95, damping));
        this.pre = new float[Math.max(1, (int) (0.012 * size * rate))];
    }

    public float process(float x) {
        float in = pre[prePos];
        pre[prePos] = x;
        prePos = (prePos + 1) % pre.length;
        double o0 = loop(0);
        double o1 = loop(1);
        double o2 = loop(2);
        double o3 = loop(3);
        double feed = in * 0.5;
        write(0, (o0 + o1 + o2 + o3) * 0.5 + feed);
        write(1, (o0 - o1 + o2 - o3) * 0.5 + feed);
        write(2, (o0 + o1 - o2 - o3) * 0.5 + feed);
        write(3, (o0 - o1 - o2 + o3) * 0.5 + feed);
        return (float) ((o0 + o1 + o2 + o3) * 0.5);
    }

    private double loop(int i) {
        lp[i] = lines[i][pos[i]] * (1 - damping) + lp[i] * damping;
        return lp[i] * gain[i];
    }

    private void write(int i, double v) {
        lines[i][pos[i]] = (float) v;
        pos[i] = pos[i] + 1 == lines[i].length ? 0 : pos[i] + 1;
    }

    /** Mixes reverb into {@code s} in place: {@code dry·s + wet·reverb(s)}. */
    public void apply(float[] s, double dry, double wet) {
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (dry * s[i] + wet * process(s[i]));
        }
    }
}
