package dev.framewright.engines.sfx.dsp;

import java.util.SplittableRandom;

/**
 * Noise colours from one seeded generator: white (flat), pink (-3 dB/octave, Paul Kellet's filter)
 * and brown (-6 dB/octave, leaky integrator). Not thread-safe.
 */
public final class Noise {
    private final SplittableRandom random;
    private double b0, b1, b2, b3, b4, b5, b6;
    private double brown;

    public Noise(SplittableRandom random) {
        this.random = random;
    }

    public float white() {
        return (float) (random.nextDouble() * 2 - 1);
    }

    public float pink() {
        double w = white();
        b0 = 0.99886 * b0 + w * 0.0555179;
        b1 = 0.99332 * b1 + w * 0.0750759;
        b2 = 0.96900 * b2 + w * 0.1538520;
        b3 = 0.86650 * b3 + w * 0.3104856;
        b4 = 0.55000 * b4 + w * 0.5329522;
        b5 = -0.7616 * b5 - w * 0.0168980;
        double out = b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362;
        b6 = w * 0.115926;
        return (float) (out * 0.11);
    }

    public float brown() {
        brown = (brown + 0.02 * white()) / 1.02;
        return (float) (brown * 3.5);
    }
}
