package dev.framewright.engines.scene;

import dev.framewright.engines.scene.ScenePrompt.TimeOfDay;
import dev.framewright.engines.scene.ScenePrompt.Weather;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;

/** The sky layer: gradient, sun or moon with its glow, stars at night, and clouds. */
final class SkyPainter {
    private SkyPainter() {}

    /** Paints x in [x0, x1] of a frame {@code w × h} (the layer may be wider than the frame). */
    static void paint(Graphics2D g, ScenePlan plan, int w, int h, double x0, double x1) {
        Palette p = plan.palette();
        Noise n = plan.noise().derive(1);
        g.setPaint(new GradientPaint(0, 0, p.skyTop(), 0, (float) (plan.horizon() * h), p.skyBottom()));
        g.fill(new java.awt.geom.Rectangle2D.Double(x0, 0, x1 - x0, h));
        TimeOfDay time = plan.prompt().time();
        if (time == TimeOfDay.NIGHT) {
            stars(g, n, x0, x1, h, plan.horizon());
        }
        sun(g, plan, w, h, time);
        clouds(g, plan, n, x0, x1, h);
    }

    private static void stars(Graphics2D g, Noise n, double x0, double x1, int h, double horizon) {
        int count = (int) ((x1 - x0) * h * horizon / 2600);
        double unit = h / 576.0;
        for (int i = 0; i < count; i++) {
            double x = x0 + n.uniform(3 * i) * (x1 - x0);
            double y = Math.pow(n.uniform(3 * i + 1), 1.6) * horizon * h;
            double r = unit * (0.4 + 1.4 * Math.pow(n.uniform(3 * i + 2), 4));
            int a = Palette.clamp8(90 + 165 * n.uniform(7 * i + 5));
            g.setColor(new Color(255, 255, 240, a));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }

    private static void sun(Graphics2D g, ScenePlan plan, int w, int h, TimeOfDay time) {
        Palette p = plan.palette();
        double cx = plan.sunX() * w;
        double cy = plan.sunY() * h;
        double r = h * (time == TimeOfDay.NIGHT ? 0.045 : time == TimeOfDay.SUNSET ? 0.075 : 0.055);
        float glow = (float) (r * (time == TimeOfDay.NIGHT ? 4 : 7));
        g.setPaint(new RadialGradientPaint(
                new Point2D.Double(cx, cy),
                glow,
                new float[] {0f, 0.25f, 1f},
                new Color[] {Palette.alpha(p.light(), 0.75), Palette.alpha(p.light(), 0.25), Palette.alpha(p.light(), 0)
                },
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(new Ellipse2D.Double(cx - glow, cy - glow, 2 * glow, 2 * glow));
        g.setColor(Palette.mix(p.light(), Color.WHITE, 0.5));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        if (time == TimeOfDay.NIGHT) {
            g.setColor(Palette.alpha(Palette.mix(p.light(), p.skyTop(), 0.3), 0.5));
            g.fill(new Ellipse2D.Double(cx - r * 0.4, cy - r * 0.3, r * 0.5, r * 0.45));
            g.fill(new Ellipse2D.Double(cx + r * 0.15, cy + r * 0.2, r * 0.35, r * 0.3));
        }
    }

    private static void clouds(Graphics2D g, ScenePlan plan, Noise n, double x0, double x1, int h) {
        Weather weather = plan.prompt().weather();
        double perFrame =
                switch (weather) {
                    case CLOUDY -> 9;
                    case RAIN -> 10;
                    case FOG, SNOWFALL -> 7;
                    case CLEAR -> 3;
                };
        int count = (int) Math.round(perFrame * (x1 - x0) / (h * 16.0 / 9));
        Palette p = plan.palette();
        TimeOfDay time = plan.prompt().time();
        Color lit =
                switch (time) {
                    case NIGHT -> Palette.alpha(Palette.mix(p.skyBottom(), Color.GRAY, 0.3), 0.45);
                    case SUNSET -> Palette.alpha(Palette.mix(p.light(), p.skyBottom(), 0.45), 0.85);
                    case DAY -> Palette.alpha(Palette.mix(Color.WHITE, p.skyBottom(), 0.15), 0.88);
                };
        if (weather == Weather.RAIN) {
            lit = Palette.alpha(Palette.mix(p.skyTop(), Color.GRAY, 0.6), 0.9);
        }
        Color shade = Palette.alpha(
                Palette.mix(new Color(lit.getRed(), lit.getGreen(), lit.getBlue()), p.skyTop(), 0.35),
                lit.getAlpha() / 255.0);
        for (int i = 0; i < count; i++) {
            double cx = x0 + n.uniform(100 + 5 * i) * (x1 - x0);
            double cy = h * plan.horizon() * (0.12 + 0.6 * n.uniform(101 + 5 * i));
            double size = h * (0.05 + 0.07 * n.uniform(102 + 5 * i)) * (weather == Weather.RAIN ? 1.3 : 1);
            cloud(g, n, 1000 + 40L * i, cx, cy, size, lit, shade);
        }
    }

    /** A cloud: overlapping puffs, a shaded lower row under a lit upper row. */
    private static void cloud(
            Graphics2D g, Noise n, long draw, double cx, double cy, double size, Color lit, Color shade) {
        int puffs = 5 + (int) (n.uniform(draw) * 5);
        for (int pass = 0; pass < 2; pass++) {
            g.setColor(pass == 0 ? shade : lit);
            for (int i = 0; i < puffs; i++) {
                double t = (i + 0.5) / puffs - 0.5;
                double r = size * (0.55 + 0.5 * n.uniform(draw + 1 + i)) * (1 - Math.abs(t));
                double px = cx + t * size * 3.2;
                double py = cy - r * 0.5 * n.uniform(draw + 20 + i) + (pass == 0 ? size * 0.12 : 0);
                g.fill(new Ellipse2D.Double(px - r, py - r * 0.8, 2 * r, 1.6 * r));
            }
        }
    }
}
