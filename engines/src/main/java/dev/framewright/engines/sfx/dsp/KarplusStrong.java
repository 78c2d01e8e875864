package dev.framewright.engines.sfx.dsp;

import java.util.SplittableRandom;

/**
 * Karplus-Strong plucked string: a noise burst circulating in a delay line one period long, averaged
 * at each pass (losing its highs, as a string does) and damped to a decay time. Used for twangs,
 * springs and metallic ringing. Not thread-safe.
 */
public final class KarplusStrong {
    private final float[] line;
    private final double feedback;
    private final double brightness;
    private int pos;
    private float last;

    /** @param brightness 0 (dull) – 1 (bright): the averaging weight of the new sample */
    public KarplusStrong(int rate, double hz, double decaySeconds, double brightness) {
        int n = Math.max(2, (int) Math.round(rate / Math.max(20, hz)));
        this.line = new float[n];
        double periods = decaySeconds * rate / n;
        this.feedback = StrictMath.pow(0.001, 1 / Math.max(1, periods));
        this.brightness = Math.max(0.05, Math.min(1, brightness)) * 0.5 + 0.5;
    }

    /** Fills the line with a burst of noise (adds to what is there). */
    public KarplusStrong pluck(SplittableRandom random, double amplitude) {
        for (int i = 0; i < line.length; i++) {
            line[i] += (float) ((random.nextDouble() * 2 - 1) * amplitude);
        }
        return this;
    }

    public float next() {
        float x = line[pos];
        float y = (float) (feedback * (brightness * x + (1 - brightness) * last));
        last = x;
        line[pos] = y;
        pos = (pos + 1) % line.length;
        return x;
    }
}
