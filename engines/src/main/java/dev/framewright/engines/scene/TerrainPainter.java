package dev.framewright.engines.scene;

import dev.framewright.engines.scene.ScenePrompt.Setting;
import dev.framewright.engines.scene.ScenePrompt.TimeOfDay;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.function.DoubleUnaryOperator;

/**
 * The land layers, back to front: far ridge (hills, mountains, mesas or a skyline), middle (hills,
 * water or nearer buildings) and near ground. Profiles come from fractal noise of x measured in frame
 * heights, so a wider layer continues the same landscape.
 */
final class TerrainPainter {
    private TerrainPainter() {}

    static void far(Graphics2D g, ScenePlan plan, int w, int h, double x0, double x1) {
        Palette p = plan.palette();
        Noise n = plan.noise().derive(2);
        double hz = plan.horizon();
        Setting s = plan.prompt().setting();
        if (s == Setting.MOUNTAINS || plan.prompt().subjects().containsKey(Subject.MOUNTAIN)) {
            DoubleUnaryOperator peaks = x -> h * (hz + 0.02 - 0.36 * n.ridged(x / h * 0.8, 5));
            ridge(g, peaks, x0, x1, h, Palette.mix(p.far(), p.skyBottom(), 0.2), p.far());
            snowcaps(g, peaks, x0, x1, h, h * (hz - 0.2), p);
            if (s == Setting.MOUNTAINS) {
                return;
            }
        }
        switch (s) {
            case CITY -> Skyline.paint(g, plan, n, h, x0, x1, hz + 0.02, 0.32, p.far(), 0.6);
            case DESERT ->
                ridge(
                        g,
                        x -> h * (hz - 0.14 * Math.min(1, 1.7 * n.fbm(x / h * 1.1, 3))),
                        x0,
                        x1,
                        h,
                        p.far(),
                        Palette.mix(p.far(), p.mid(), 0.5));
            case OCEAN ->
                ridge(
                        g,
                        x -> h * (hz + 0.01 - 0.05 * Math.max(0, n.fbm(x / h * 1.3, 4) - 0.35) * 2.5),
                        x0,
                        x1,
                        h,
                        p.far(),
                        p.far());
            default ->
                ridge(
                        g,
                        x -> h * (hz - 0.13 * n.fbm(x / h * 1.2, 5)),
                        x0,
                        x1,
                        h,
                        p.far(),
                        Palette.mix(p.far(), p.mid(), 0.4));
        }
    }

    static void mid(Graphics2D g, ScenePlan plan, int w, int h, double x0, double x1) {
        Palette p = plan.palette();
        Noise n = plan.noise().derive(3);
        double hz = plan.horizon();
        switch (plan.prompt().setting()) {
            case OCEAN -> Water.paint(g, plan, w, h, x0, x1);
            case CITY -> Skyline.paint(g, plan, n, h, x0, x1, hz + 0.12, 0.42, p.mid(), 1.0);
            case DESERT ->
                ridge(
                        g,
                        x -> h * (hz + 0.1 - 0.07 * n.fbm(x / h * 0.9, 2)),
                        x0,
                        x1,
                        h,
                        p.mid(),
                        Palette.scale(p.mid(), 0.85));
            default -> {
                DoubleUnaryOperator line = x -> h * (hz + 0.08 - 0.09 * n.fbm(x / h * 1.6, 5));
                ridge(g, line, x0, x1, h, p.mid(), Palette.scale(p.mid(), 0.8));
                if (plan.prompt().setting() == Setting.FOREST || plan.prompt().setting() == Setting.SNOW) {
                    Glyphs.treeLine(g, plan, n, line, x0, x1, h * 0.06, Palette.scale(p.mid(), 0.75));
                }
            }
        }
    }

    static void near(Graphics2D g, ScenePlan plan, int w, int h, double x0, double x1) {
        Palette p = plan.palette();
        DoubleUnaryOperator line = ground(plan, h);
        ridge(g, line, x0, x1, h, p.near(), Palette.scale(p.near(), 0.75));
        if (plan.prompt().setting() == Setting.FOREST) {
            Glyphs.treeLine(g, plan, plan.noise().derive(5), line, x0, x1, h * 0.13, Palette.scale(p.near(), 0.7));
        }
        if (plan.prompt().setting() == Setting.DESERT || plan.prompt().setting() == Setting.SNOW) {
            g.setColor(Palette.alpha(Palette.scale(p.near(), 0.8), 0.5));
            for (int i = 1; i <= 3; i++) {
                double off = i * 0.035 * h;
                g.draw(profile(x -> line.applyAsDouble(x) + off, x0, x1, h, false));
            }
        }
    }

    /** The near ground line (pixels from the top at pixel x): subjects stand on it. */
    static DoubleUnaryOperator ground(ScenePlan plan, int h) {
        Noise n = plan.noise().derive(4);
        double base =
                switch (plan.prompt().setting()) {
                    case OCEAN -> 0.9;
                    case CITY -> 0.9;
                    default -> plan.horizon() + 0.22;
                };
        double amp = plan.prompt().setting() == Setting.CITY ? 0.01 : 0.06;
        return x -> h * (base - amp * n.fbm(x / h * 1.1, 4));
    }

    static void ridge(Graphics2D g, DoubleUnaryOperator y, double x0, double x1, int h, Color top, Color bottom) {
        Shape s = profile(y, x0, x1, h, true);
        Rectangle2D b = s.getBounds2D();
        g.setPaint(new GradientPaint(0, (float) b.getMinY(), top, 0, h, bottom));
        g.fill(s);
    }

    static Path2D profile(DoubleUnaryOperator y, double x0, double x1, int h, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        double step = Math.max(2, h / 200.0);
        path.moveTo(x0, y.applyAsDouble(x0));
        for (double x = x0 + step; x < x1 + step; x += step) {
            path.lineTo(Math.min(x, x1), y.applyAsDouble(Math.min(x, x1)));
        }
        if (closed) {
            path.lineTo(x1, h + 1);
            path.lineTo(x0, h + 1);
            path.closePath();
        }
        return path;
    }

    private static void snowcaps(
            Graphics2D g, DoubleUnaryOperator peaks, double x0, double x1, int h, double line, Palette p) {
        Shape old = g.getClip();
        g.clip(profile(peaks, x0, x1, h, true));
        boolean night = p.skyTop().getBlue() < 60;
        g.setColor(Palette.alpha(Palette.mix(Color.WHITE, p.far(), night ? 0.6 : 0.2), 0.92));
        Path2D cap = profile(x -> line + 0.03 * h * Math.sin(x / h * 23), x0, x1, h, false);
        cap.lineTo(x1, 0);
        cap.lineTo(x0, 0);
        cap.closePath();
        g.fill(cap);
        g.setClip(old);
    }

    static boolean lit(ScenePlan plan) {
        return plan.prompt().time() != TimeOfDay.DAY;
    }
}
