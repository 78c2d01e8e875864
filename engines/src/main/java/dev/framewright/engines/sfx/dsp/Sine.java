package dev.framewright.engines.sfx.dsp;

/**
 * A sine by table lookup with linear interpolation (4096 points, error below 3e-7): fast, and the
 * same on every JVM, which keeps rendering bit-for-bit deterministic.
 */
public final class Sine {
    private static final int SIZE = 4096;
    private static final float[] TABLE = new float[SIZE + 1];

    static {
        for (int i = 0; i <= SIZE; i++) {
            TABLE[i] = (float) StrictMath.sin(2 * StrictMath.PI * i / SIZE);
        }
    }

    private Sine() {}

    /** sin(2π·phase) for a phase in cycles (any real number). */
    public static float cycle(double phase) {
        double p = phase - Math.floor(phase);
        double x = p * SIZE;
        int i = (int) x;
        float frac = (float) (x - i);
        return TABLE[i] + (TABLE[i + 1] - TABLE[i]) * frac;
    }
}
