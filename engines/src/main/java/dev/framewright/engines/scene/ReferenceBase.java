package dev.framewright.engines.scene;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Reference images as the base of a picture: each is cover-cropped to the frame, several are blended
 * side by side with soft seams, and the result is recoloured through the scene's palette (a gradient
 * map on posterized luminance) and mixed with the original, more strongly when the prompt names
 * colours.
 */
public final class ReferenceBase {
    private static final int BANDS = 6;

    private ReferenceBase() {}

    public static BufferedImage compose(List<BufferedImage> refs, ScenePlan plan, int w, int h) {
        BufferedImage base = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = base.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            for (int i = 0; i < refs.size(); i++) {
                BufferedImage strip = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
                Graphics2D s = strip.createGraphics();
                s.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                cover(s, refs.get(i), w, h);
                if (i > 0) {
                    fadeLeftEdge(s, w, h, (double) i / refs.size());
                }
                s.dispose();
                g.drawImage(strip, 0, 0, null);
            }
        } finally {
            g.dispose();
        }
        recolour(base, plan.palette(), plan.prompt().colors().isEmpty() ? 0.4 : 0.7);
        return base;
    }

    /** Draws {@code img} scaled to cover the frame, centred. */
    static void cover(Graphics2D g, BufferedImage img, int w, int h) {
        double scale = Math.max((double) w / img.getWidth(), (double) h / img.getHeight());
        int dw = (int) Math.ceil(img.getWidth() * scale);
        int dh = (int) Math.ceil(img.getHeight() * scale);
        g.drawImage(img, (w - dw) / 2, (h - dh) / 2, dw, dh, null);
    }

    /** Makes everything left of {@code start} (a share of the width) transparent, with a soft seam. */
    private static void fadeLeftEdge(Graphics2D s, int w, int h, double start) {
        s.setComposite(AlphaComposite.DstIn);
        float x = (float) (start * w);
        float seam = w * 0.12f;
        s.setPaint(new GradientPaint(x - seam, 0, new Color(0, 0, 0, 0), x + seam, 0, Color.BLACK));
        s.fillRect(0, 0, w, h);
    }

    /** Gradient map: dark → near land, middle → far land, light → sky; mixed with the original by {@code k}. */
    static void recolour(BufferedImage img, Palette p, double k) {
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int[] map = new int[256];
        Color[] stops = {
            Palette.scale(p.near(), 0.6), p.mid(), p.far(), p.skyBottom(), Palette.mix(p.light(), Color.WHITE, 0.3)
        };
        for (int l = 0; l < 256; l++) {
            double band = Math.round(l / 255.0 * (BANDS - 1)) / (double) (BANDS - 1);
            double pos = (0.6 * band + 0.4 * l / 255.0) * (stops.length - 1);
            int i = Math.min(stops.length - 2, (int) pos);
            map[l] = Palette.mix(stops[i], stops[i + 1], pos - i).getRGB() & 0xFFFFFF;
        }
        for (int i = 0; i < px.length; i++) {
            int c = px[i];
            int r = (c >> 16) & 255, gr = (c >> 8) & 255, b = c & 255;
            int m = map[(r * 77 + gr * 150 + b * 29) >> 8];
            px[i] = mixChannel(r, (m >> 16) & 255, k) << 16
                    | mixChannel(gr, (m >> 8) & 255, k) << 8
                    | mixChannel(b, m & 255, k);
        }
    }

    private static int mixChannel(int a, int b, double k) {
        return (int) Math.round(a + (b - a) * k);
    }
}
