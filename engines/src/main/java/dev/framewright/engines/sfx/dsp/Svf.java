package dev.framewright.engines.sfx.dsp;

/**
 * A state-variable filter in the topology-preserving form (Zavalishin/Simper): low-, band- and
 * high-pass outputs of one 12 dB/octave stage, stable under fast cutoff sweeps. Set the cutoff as
 * often as every sample; its coefficient is recomputed only when it changes. Not thread-safe.
 */
public final class Svf {
    public enum Mode {
        LOW,
        BAND,
        HIGH,
        NOTCH
    }

    private final int rate;
    private final Mode mode;
    private double ic1, ic2;
    private double g, k, a1, a2, a3;
    private double cutoff = -1;
    private double q = -1;

    public Svf(Mode mode, int rate, double cutoffHz, double q) {
        this.mode = mode;
        this.rate = rate;
        set(cutoffHz, q);
    }

    /** Cutoff in Hz (kept inside 10 Hz–0.45·rate) and resonance Q (0.5 = gentle, 10 = ringing). */
    public Svf set(double cutoffHz, double resonance) {
        double c = Math.max(10, Math.min(0.45 * rate, cutoffHz));
        double r = Math.max(0.3, resonance);
        if (c != cutoff || r != q) {
            cutoff = c;
            q = r;
            g = StrictMath.tan(Math.PI * c / rate);
            k = 1 / r;
            a1 = 1 / (1 + g * (g + k));
            a2 = g * a1;
            a3 = g * a2;
        }
        return this;
    }

    public float process(float x) {
        double v3 = x - ic2;
        double v1 = a1 * ic1 + a2 * v3;
        double v2 = ic2 + a2 * ic1 + a3 * v3;
        ic1 = 2 * v1 - ic1;
        ic2 = 2 * v2 - ic2;
        return (float)
                switch (mode) {
                    case LOW -> v2;
                    case BAND -> v1;
                    case HIGH -> x - k * v1 - v2;
                    case NOTCH -> x - k * v1;
                };
    }

    /** Filters a whole buffer in place at a fixed setting. */
    public void process(float[] s) {
        for (int i = 0; i < s.length; i++) {
            s[i] = process(s[i]);
        }
    }
}
