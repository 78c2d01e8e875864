package dev.framewright.engines.sfx.dsp;

import java.util.ArrayList;
import java.util.List;

/**
 * Modal synthesis: a bank of two-pole resonators, each a vibration mode of a struck object with its
 * frequency, decay time (T60) and gain. Excite it with an impulse or a noise burst; metal has long,
 * inharmonic modes, wood short and damped ones. Not thread-safe.
 */
public final class Modal {
    private final int rate;
    private final List<double[]> modes = new ArrayList<>(); // b, a1, a2, y1, y2

    public Modal(int rate) {
        this.rate = rate;
    }

    /** Adds a mode; an impulse of 1 makes it ring at about {@code gain} amplitude. */
    public Modal mode(double hz, double t60Seconds, double gain) {
        if (hz <= 20 || hz >= 0.45 * rate) {
            return this;
        }
        double w = 2 * Math.PI * hz / rate;
        double r = StrictMath.exp(-6.907755 / (Math.max(0.005, t60Seconds) * rate));
        modes.add(new double[] {gain * StrictMath.sin(w), 2 * r * StrictMath.cos(w), r * r, 0, 0});
        return this;
    }

    public int size() {
        return modes.size();
    }

    public float process(float x) {
        double sum = 0;
        for (double[] m : modes) {
            double y = m[0] * x + m[1] * m[3] - m[2] * m[4];
            m[4] = m[3];
            m[3] = y;
            sum += y;
        }
        return (float) sum;
    }
}
