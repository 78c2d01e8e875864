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
    private double start;

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
        while (index < segments.size() && done >= segments.get(index).samples) {
            Segment s = segments.get(index);
            level = Double.isNaN(s.target) ? level : s.target;
            index++;
            done = 0;
            start = level;
        }
        if (index >= segments.size()) {
            return (float) level;
        }
        Segment s = segments.get(index);
        double t = (done + 1) / (double) s.samples;
        done++;
        if (Double.isNaN(s.target)) {
            return (float) level;
        }
        if (s.exponential) {
            double a = Math.max(FLOOR, start);
            double b = Math.max(FLOOR, s.target);
            level = a * StrictMath.pow(b / a, t);
            if (s.target == 0 && done == s.samples) {
                level = 0;
            }
        } else {
            level = start + (s.target - start) * t;
        }
        return (float) level;
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
