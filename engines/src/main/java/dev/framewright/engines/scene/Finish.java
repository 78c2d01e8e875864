package dev.framewright.engines.scene;

import dev.framewright.engines.scene.ScenePrompt.Weather;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/** What goes over the composited layers: fog, falling rain or snow, grain, vignette and the caption. */
public final class Finish {
    private static final int GRAIN_TILE = 256;
    private static final int GRAIN_AMPLITUDE = 7;

    private Finish() {}

    /** Fog and weather particles; {@code t} in seconds moves the particles (0 for a still). */
    public static void atmosphere(Graphics2D g, ScenePlan plan, int w, int h, double t) {
        Weather weather = plan.prompt().weather();
        if (weather == Weather.FOG) {
            Color fog = Palette.mix(plan.palette().skyBottom(), Color.WHITE, 0.4);
            g.setPaint(new GradientPaint(
                    0,
                    (float) (h * (plan.horizon() - 0.25)),
                    Palette.alpha(fog, 0),
                    0,
                    (float) (h * (plan.horizon() + 0.1)),
                    Palette.alpha(fog, 0.65)));
            g.fill(new Rectangle2D.Double(0, 0, w, h));
        }
        if (weather == Weather.RAIN
                || weather == Weather.SNOWFALL
                || plan.prompt().setting() == ScenePrompt.Setting.SNOW && weather != Weather.CLEAR) {
            particles(g, plan, w, h, t, weather == Weather.RAIN);
        }
    }

    private static void particles(Graphics2D g, ScenePlan plan, int w, int h, double t, boolean rain) {
        Noise n = plan.noise().derive(8);
        int count = rain ? 420 : 260;
        double unit = h / 576.0;
        g.setStroke(new BasicStroke((float) (unit * 1.2)));
        for (int i = 0; i < count; i++) {
            double speed = (rain ? 1.6 : 0.12) * (0.6 + 0.8 * n.uniform(i * 3));
            double x = wrap(
                    n.uniform(i * 3 + 1) * w
                            + (rain ? -0.25 : 0.04) * speed * t * h
                            + (rain ? 0 : Math.sin(t * 1.3 + i) * 6 * unit),
                    w);
            double y = wrap(n.uniform(i * 3 + 2) * h + speed * t * h, h);
            if (rain) {
                g.setColor(new Color(220, 230, 255, 90));
                g.draw(new Line2D.Double(x, y, x - 4 * unit, y + 22 * unit * speed));
            } else {
                double r = unit * (1 + 2.2 * n.uniform(i * 7 + 5));
                g.setColor(new Color(255, 255, 255, 200));
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        }
    }

    private static double wrap(double v, double m) {
        double r = v % m;
        return r < 0 ? r + m : r;
    }

    /** Darkens the corners a little. */
    public static void vignette(Graphics2D g, int w, int h) {
        float r = (float) Math.hypot(w, h) / 2;
        g.setPaint(new RadialGradientPaint(
                new Point2D.Float(w / 2f, h / 2f),
                r,
                new float[] {0.55f, 1f},
                new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 90)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(new Rectangle2D.Double(0, 0, w, h));
    }

    /** Quoted prompt text, centred in the upper part, white with a dark outline. */
    public static void caption(Graphics2D g, String text, int w, int h) {
        if (text == null || text.isBlank()) {
            return;
        }
        float px = h / 9f;
        TextLayout layout =
                new TextLayout(text, new Font(Font.SANS_SERIF, Font.BOLD, Math.round(px)), g.getFontRenderContext());
        Rectangle2D b = layout.getBounds();
        double scale = Math.min(1.0, w * 0.86 / b.getWidth());
        AffineTransform at = AffineTransform.getTranslateInstance(
                (w - b.getWidth() * scale) / 2 - b.getX() * scale, h * 0.22 - (b.getY() + b.getHeight() / 2) * scale);
        at.scale(scale, scale);
        Shape letters = layout.getOutline(at);
        g.setStroke(new BasicStroke((float) (px * scale / 8), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0, 0, 0, 150));
        g.draw(letters);
        g.setColor(new Color(255, 255, 255, 240));
        g.fill(letters);
    }

    /**
     * Adds luminance grain (the same offset to red, green and blue, so hues stay) from a seeded tile,
     * shifted by {@code frame} so that video grain moves. The image must be {@code TYPE_INT_RGB} or
     * {@code TYPE_3BYTE_BGR}.
     */
    public static void grain(BufferedImage img, long seed, int frame) {
        byte[] tile = grainTile(seed);
        int w = img.getWidth();
        int ox = (int) ((Noise.mix(seed + frame) >>> 33) % GRAIN_TILE);
        int oy = (int) ((Noise.mix(seed - frame) >>> 33) % GRAIN_TILE);
        if (img.getRaster().getDataBuffer() instanceof DataBufferByte bytes) {
            byte[] px = bytes.getData();
            for (int y = 0; y < img.getHeight(); y++) {
                int row = ((y + oy) % GRAIN_TILE) * GRAIN_TILE;
                for (int x = 0, i = y * w * 3; x < w; x++, i += 3) {
                    int d = tile[row + (x + ox) % GRAIN_TILE];
                    px[i] = (byte) clamp((px[i] & 255) + d);
                    px[i + 1] = (byte) clamp((px[i + 1] & 255) + d);
                    px[i + 2] = (byte) clamp((px[i + 2] & 255) + d);
                }
            }
            return;
        }
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < img.getHeight(); y++) {
            int row = ((y + oy) % GRAIN_TILE) * GRAIN_TILE;
            for (int x = 0; x < w; x++) {
                int d = tile[row + (x + ox) % GRAIN_TILE];
                int c = px[y * w + x];
                px[y * w + x] =
                        clamp(((c >> 16) & 255) + d) << 16 | clamp(((c >> 8) & 255) + d) << 8 | clamp((c & 255) + d);
            }
        }
    }

    private static byte[] grainTile(long seed) {
        Noise n = new Noise(seed).derive(9);
        byte[] tile = new byte[GRAIN_TILE * GRAIN_TILE];
        for (int i = 0; i < tile.length; i++) {
            double v = n.uniform(i) + n.uniform(i + tile.length) - 1;
            tile[i] = (byte) Math.round(v * GRAIN_AMPLITUDE * 1.5);
        }
        return tile;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }
}
