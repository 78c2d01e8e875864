package dev.framewright.engines.sfx.dsp;

import java.util.ArrayList;
import java.util.List;

/**
 * A breakpoint envelope read one sample at a time: from 0 it moves to each target in turn, linearly
 * or exponentially (equal steps in decibels, the way sounds really decay), then holds the last level.
 * Build with the chained methods, then call {@link #next()}. Not thread-safe.
 */
public final class Env {
    private static final double FLOOR = 1e-4; // -80 dB: exponential segments start or end here instead of 0

    private record Segment(double target, int samples, boolean exponential) {}

    private final int rate;
    private final List<Segment> segments = new ArrayList<>();
    private int index;
    private int done;
    private double level;
    private double step;
    private boolean multiply;
    private boolean started;

    public Env(int rate) {
        this.rate = rate;
    }

    /** An attack to 1 over {@code attack} s, then an exponential decay to silence (-60 dB) over {@code decay} s. */
    public static Env percussive(int rate, double attack, double decay) {
        return new Env(rate).line(1, attack).exp(0, decay);
    }

    public Env line(double target, double seconds) {
        segments.add(new Segment(target, samples(seconds), false));
        return this;
    }

    public Env exp(double target, double seconds) {
        segments.add(new Segment(target, samples(seconds), true));
        return this;
    }

    public Env hold(double seconds) {
        segments.add(new Segment(Double.NaN, samples(seconds), false));
        return this;
    }

    public float next() {
        if (!started) {
            begin();
        }
        while (index < segments.size() && done >= segments.get(index).samples) {
            Segment s = segments.get(index);
            level = Double.isNaN(s.target) ? level : s.target;
            index++;
            done = 0;
            begin();
        }
        if (index >= segments.size()) {
            return (float) level;
        }
        done++;
        level = multiply ? level * step : level + step;
        return (float) level;
    }

    /** Sets the per-sample step of the segment starting now: added (linear) or multiplied (exponential). */
    private void begin() {
        started = true;
        if (index >= segments.size()) {
            return;
        }
        Segment s = segments.get(index);
        if (Double.isNaN(s.target)) {
            multiply = false;
            step = 0;
        } else if (s.exponential) {
            // equal steps in decibels from the start level (at least -80 dB) to the target (0 → -80 dB)
            level = Math.max(FLOOR, level);
            multiply = true;
            step = StrictMath.pow(Math.max(FLOOR, s.target) / level, 1.0 / s.samples);
        } else {
            multiply = false;
            step = (s.target - level) / s.samples;
        }
    }

    /** The next {@code n} values. */
    public float[] render(int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = next();
        }
        return out;
    }

    private int samples(double seconds) {
        return Math.max(1, (int) Math.round(seconds * rate));
    }
}
