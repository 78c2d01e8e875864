package dev.framewright.engines.sfx;

import dev.framewright.engines.sfx.dsp.Noise;
import java.util.SplittableRandom;

/**
 * What a recipe renders with: the sample rate, the number of samples, one seeded random source (the
 * only one: every random choice comes from it, in a fixed order, so equal seeds give equal sound),
 * the spec, and how literally to apply the modifiers. Not thread-safe; one per rendering.
 */
final class Render {
    final int rate;
    final int length;
    final SplittableRandom random;
    final Noise noise;
    final SfxSpec spec;
    private final double strength;
    private final double spread;

    /**
     * @param influence promptInfluence 0–1: modifiers apply at 35 % (0) to 100 % (1) strength, and
     *     random choices spread ±40 % (0) to ±10 % (1) around the recipe's defaults
     */
    Render(int rate, int length, long seed, SfxSpec spec, double influence) {
        this.rate = rate;
        this.length = length;
        this.random = new SplittableRandom(seed);
        this.noise = new Noise(random.split());
        this.spec = spec;
        this.strength = 0.35 + 0.65 * influence;
        this.spread = 0.4 - 0.3 * influence;
    }

    /** How strongly modifier {@code m} applies: 0 when the prompt does not name it. */
    double amount(Modifier m) {
        return spec.has(m) ? strength : 0;
    }

    /** -1 (small) – +1 (big). */
    double size() {
        return amount(Modifier.BIG) - amount(Modifier.SMALL);
    }

    /** -1 (slow) – +1 (fast). */
    double pace() {
        return amount(Modifier.FAST) - amount(Modifier.SLOW);
    }

    /** {@code base} varied randomly by up to the spread (±10–40 %). */
    double around(double base) {
        return base * (1 + (random.nextDouble() * 2 - 1) * spread);
    }

    double uniform(double lo, double hi) {
        return lo + random.nextDouble() * (hi - lo);
    }

    double seconds() {
        return length / (double) rate;
    }

    int samples(double seconds) {
        return Math.max(1, (int) Math.round(seconds * rate));
    }

    float[] buffer() {
        return new float[length];
    }
}
