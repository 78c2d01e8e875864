package dev.framewright.engines.vectorize;

import java.util.Optional;

/**
 * The direct path for black-and-white line art: an opaque, grey image whose pixels are nearly all
 * near black or near white is thresholded at mid-grey into two layers (paper, then ink) with no
 * colour quantization, and traced in one potrace pass.
 */
final class LineArt {
    static final int GREY_TOLERANCE = 24;
    static final int DARK = 64;
    static final int LIGHT = 192;
    static final double MIN_EXTREME_SHARE = 0.95;

    private LineArt() {}

    /** The two-colour result (paper first) when {@code argb} is line art, else empty. */
    static Optional<Quantizer.Result> detect(int[] argb) {
        long extreme = 0;
        long ink = 0;
        long[] inkSum = new long[3];
        long[] paperSum = new long[3];
        int[] index = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int r = (p >> 16) & 0xFF;
            int g = (p >> 8) & 0xFF;
            int b = p & 0xFF;
            if ((p >>> 24) != 0xFF
                    || Math.abs(r - g) > GREY_TOLERANCE
                    || Math.abs(g - b) > GREY_TOLERANCE
                    || Math.abs(r - b) > GREY_TOLERANCE) {
                return Optional.empty();
            }
            int y = (r * 299 + g * 587 + b * 114) / 1000;
            if (y < DARK || y > LIGHT) {
                extreme++;
            }
            boolean dark = y < 128;
            long[] sum = dark ? inkSum : paperSum;
            sum[0] += r;
            sum[1] += g;
            sum[2] += b;
            index[i] = dark ? 1 : 0;
            ink += dark ? 1 : 0;
        }
        long paper = argb.length - ink;
        if (ink == 0 || paper == 0 || extreme < MIN_EXTREME_SHARE * argb.length) {
            return Optional.empty();
        }
        int[] palette = {mean(paperSum, paper), mean(inkSum, ink)};
        return Optional.of(new Quantizer.Result(palette, index, new int[] {(int) paper, (int) ink}));
    }

    private static int mean(long[] sum, long n) {
        return (int) ((sum[0] / n) << 16 | (sum[1] / n) << 8 | (sum[2] / n));
    }
}
