package dev.framewright.engines.scene;

/**
 * Seeded value noise in one and two dimensions with fractal sums (fBm). Integer hashing and plain
 * arithmetic only, so a seed gives the same values on every run. Immutable and thread-safe.
 */
public final class Noise {
    private final long seed;

    public Noise(long seed) {
        this.seed = seed;
    }

    /** A derived, independent noise (e.g. one per layer). */
    public Noise derive(long salt) {
        return new Noise(mix(seed ^ (salt * 0x9E3779B97F4A7C15L)));
    }

    /** SplitMix64's finaliser. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private double hash(long x, long y) {
        long h = mix(seed + x * 0x632BE59BD9B4E019L + y * 0x85157AF5L);
        return (h >>> 11) * 0x1.0p-53;
    }

    /** Smooth value noise in [0, 1). */
    public double value(double x) {
        long xi = (long) Math.floor(x);
        double t = fade(x - xi);
        return lerp(hash(xi, 0), hash(xi + 1, 0), t);
    }

    /** Smooth 2D value noise in [0, 1). */
    double value(double x, double y) {
        long xi = (long) Math.floor(x);
        long yi = (long) Math.floor(y);
        double tx = fade(x - xi);
        double ty = fade(y - yi);
        double a = lerp(hash(xi, yi), hash(xi + 1, yi), tx);
        double b = lerp(hash(xi, yi + 1), hash(xi + 1, yi + 1), tx);
        return lerp(a, b, ty);
    }

    /** Fractal sum of {@code octaves} octaves (gain ½, lacunarity 2), normalised to [0, 1). */
    public double fbm(double x, int octaves) {
        double sum = 0, amp = 1, norm = 0;
        for (int i = 0; i < octaves; i++) {
            sum += amp * value(x + i * 17.13);
            norm += amp;
            amp *= 0.5;
            x *= 2;
        }
        return sum / norm;
    }

    /** 2D fractal sum, normalised to [0, 1). */
    double fbm(double x, double y, int octaves) {
        double sum = 0, amp = 1, norm = 0;
        for (int i = 0; i < octaves; i++) {
            sum += amp * value(x + i * 17.13, y - i * 9.71);
            norm += amp;
            amp *= 0.5;
            x *= 2;
            y *= 2;
        }
        return sum / norm;
    }

    /** Ridged noise (sharp crests), in [0, 1]: mountain profiles. */
    double ridged(double x, int octaves) {
        double sum = 0, amp = 1, norm = 0;
        for (int i = 0; i < octaves; i++) {
            double v = 1 - Math.abs(2 * value(x + i * 31.7) - 1);
            sum += amp * v * v;
            norm += amp;
            amp *= 0.5;
            x *= 2;
        }
        return sum / norm;
    }

    /** A uniform value in [0, 1) for index {@code i} (a deterministic random sequence). */
    public double uniform(long i) {
        return hash(i, 0x5EED);
    }

    private static double fade(double t) {
        return t * t * (3 - 2 * t);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
