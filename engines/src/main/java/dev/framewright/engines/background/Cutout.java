package dev.framewright.engines.background;

import java.awt.image.BufferedImage;

/** The source's colours with a matte as their alpha (times any alpha the source already had). */
public final class Cutout {
    private Cutout() {}

    /** {@code alpha} refined by a guided filter with {@code image}'s luma as the guide, clamped to 0–1. */
    public static float[] guided(BufferedImage image, float[] alpha, int radius) {
        int w = image.getWidth();
        int h = image.getHeight();
        return AlphaRefiner.guided(AlphaRefiner.luma(image.getRGB(0, 0, w, h, null, 0, w)), alpha, w, h, radius);
    }

    public static BufferedImage apply(BufferedImage source, float[] alpha) {
        int w = source.getWidth();
        int h = source.getHeight();
        int[] px = source.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < px.length; i++) {
            int a = Math.round(alpha[i] * (px[i] >>> 24));
            px[i] = (a << 24) | (px[i] & 0xFFFFFF);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, px, 0, w);
        return out;
    }
}
