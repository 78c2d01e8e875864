package dev.framewright.engines.sfx.dsp;

/**
 * A band-limited oscillator: sine, and saw, square and triangle with PolyBLEP corrections at their
 * discontinuities (so high notes do not alias into noise). The frequency may change every sample.
 * Not thread-safe; one instance per voice.
 */
public final class Osc {
    public enum Shape {
        SINE,
        SAW,
        SQUARE,
        TRIANGLE
    }

    private final Shape shape;
    private final int rate;
    private double phase;
    private double triangle;
    private double width = 0.5;

    public Osc(Shape shape, int rate, double startPhase) {
        this.shape = shape;
        this.rate = rate;
        this.phase = startPhase - Math.floor(startPhase);
    }

    /** Pulse width of the square, 0.05–0.95. */
    public Osc width(double w) {
        this.width = Math.max(0.05, Math.min(0.95, w));
        return this;
    }

    /** The next sample at {@code hz} (clamped below Nyquist). */
    public float next(double hz) {
        double dt = Math.min(0.49, Math.abs(hz) / rate);
        double p = phase;
        phase += dt;
        if (phase >= 1) {
            phase -= 1;
        }
        return switch (shape) {
            case SINE -> Sine.cycle(p);
            case SAW -> (float) (2 * p - 1 - blep(p, dt));
            case SQUARE -> (float) square(p, dt);
            case TRIANGLE -> {
                // leaky integration of the band-limited square
                triangle = triangle * (1 - 4 * dt * 0.01) + 4 * dt * square(p, dt);
                yield (float) triangle;
            }
        };
    }

    private double square(double p, double dt) {
        double v = p < width ? 1 : -1;
        v += blep(p, dt);
        double q = p - width;
        if (q < 0) {
            q += 1;
        }
        return v - blep(q, dt);
    }

    /** The PolyBLEP residual at phase {@code t} (0–1) for a step of phase {@code dt}. */
    static double blep(double t, double dt) {
        if (dt <= 0) {
            return 0;
        }
        if (t < dt) {
            double x = t / dt;
            return x + x - x * x - 1;
        }
        if (t > 1 - dt) {
            double x = (t - 1) / dt;
            return x * x + x + x + 1;
        }
        return 0;
    }
}
