package dev.framewright.engines.scene;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** Open water from the horizon down: a gradient, shimmer dashes and the sun's reflection column. */
final class Water {
    private Water() {}

    static void paint(Graphics2D g, ScenePlan plan, int w, int h, double x0, double x1) {
        Palette p = plan.palette();
        double top = plan.horizon() * h;
        g.setPaint(new GradientPaint(
                0, (float) top, Palette.mix(p.water(), p.skyBottom(), 0.45), 0, h, Palette.scale(p.water(), 0.7)));
        g.fill(new Rectangle2D.Double(x0, top, x1 - x0, h - top));
        Noise n = plan.noise().derive(6);
        double sunX = plan.sunX() * w;
        Color glint = p.light();
        int rows = (int) ((h - top) / Math.max(2, h / 160.0));
        for (int r = 0; r < rows; r++) {
            double depth = (double) r / rows;
            double y = top + depth * depth * (h - top);
            double dash = h * (0.01 + 0.05 * depth);
            int count = (int) ((x1 - x0) / (dash * 3));
            for (int i = 0; i < count; i++) {
                double x = x0 + n.uniform(r * 1000L + i) * (x1 - x0);
                double near = Math.exp(-Math.pow((x - sunX) / (h * (0.05 + 0.25 * depth)), 2));
                double a = 0.08 + 0.6 * near * (plan.prompt().time() == ScenePrompt.TimeOfDay.DAY ? 0.6 : 1);
                g.setColor(Palette.alpha(glint, Math.min(1, a)));
                g.fill(new Rectangle2D.Double(x, y, dash, Math.max(1, h / 400.0 * (1 + 2 * depth))));
            }
        }
    }
}
