package dev.framewright.engines.audio;

/**
 * Mono audio in memory: samples in [-1, 1] at {@code rate} Hz. The array is shared, not copied:
 * whoever builds a Pcm hands the array over.
 */
public record Pcm(float[] samples, int rate) {
    public Pcm {
        if (rate < 1000 || rate > 384_000) {
            throw new IllegalArgumentException("rate must be 1000–384000 Hz: " + rate);
        }
    }

    public double seconds() {
        return samples.length / (double) rate;
    }
}
