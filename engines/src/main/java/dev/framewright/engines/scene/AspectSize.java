package dev.framewright.engines.scene;

import java.math.BigInteger;

/**
 * A pixel size with exactly the requested aspect ratio (API.md §2.1: a ratio, not pixels). The
 * ratio is reduced by its greatest common divisor and multiplied by the integer that brings the long
 * side nearest to the target, so {@code width * ratioHeight == height * ratioWidth} holds exactly.
 * Only a ratio whose reduced long side exceeds {@link #MAX_SIDE} cannot be met exactly; it gets the
 * nearest approximation at the target size (and the real size shows in the file's sources).
 *
 * @param exact whether the size has exactly the requested ratio
 */
public record AspectSize(int width, int height, boolean exact) {
    /** Longest side an engine renders. */
    public static final int MAX_SIDE = 4096;

    /** Shortest side wanted when the ratio allows it (a 1000:1 ratio still gets its exact size). */
    static final int MIN_SHORT_SIDE = 64;

    /** The size nearest to {@code longSide} on the long side with exactly {@code ratioW:ratioH}. */
    public static AspectSize of(int ratioW, int ratioH, int longSide) {
        return of(ratioW, ratioH, longSide, false);
    }

    /**
     * As {@link #of(int, int, int)}, with both sides even when {@code even} (H.264 in 4:2:0 needs it):
     * the multiplier is then even whenever a reduced side is odd.
     */
    public static AspectSize of(int ratioW, int ratioH, int longSide, boolean even) {
        if (ratioW < 1 || ratioH < 1 || longSide < 2 || longSide > MAX_SIDE) {
            throw new IllegalArgumentException("ratio sides must be ≥ 1 and longSide 2–" + MAX_SIDE);
        }
        int g = BigInteger.valueOf(ratioW).gcd(BigInteger.valueOf(ratioH)).intValue();
        int a = ratioW / g;
        int b = ratioH / g;
        int step = even && (a % 2 == 1 || b % 2 == 1) ? 2 : 1;
        int longR = Math.max(a, b);
        if ((long) longR * step > MAX_SIDE) {
            return approximate(ratioW, ratioH, longSide, even);
        }
        long k = Math.max(1, Math.round((double) longSide / longR / step)) * step;
        long minK = ((MIN_SHORT_SIDE + Math.min(a, b) - 1) / Math.min(a, b) + step - 1) / step * step;
        k = Math.max(k, Math.min(minK, MAX_SIDE / longR / step * step));
        while (k * longR > MAX_SIDE) {
            k -= step;
        }
        return new AspectSize((int) (a * k), (int) (b * k), true);
    }

    private static AspectSize approximate(int ratioW, int ratioH, int longSide, boolean even) {
        double r = (double) ratioW / ratioH;
        int w = r >= 1 ? longSide : (int) Math.max(2, Math.round(longSide * r));
        int h = r >= 1 ? (int) Math.max(2, Math.round(longSide / r)) : longSide;
        if (even) {
            w = Math.max(2, w & ~1);
            h = Math.max(2, h & ~1);
        }
        return new AspectSize(w, h, false);
    }
}
