package dev.framewright.engines.scene;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** A row of buildings on a fixed grid of cells (so a wider layer shows the same city), with windows. */
final class Skyline {
    private static final double CELL = 0.075;

    private Skyline() {}

    /**
     * @param base bottom of the buildings, as a fraction of the height (they continue below it)
     * @param maxHeight tallest building, as a fraction of the height
     * @param windows share of windows lit at dusk or night
     */
    static void paint(
            Graphics2D g,
            ScenePlan plan,
            Noise n,
            int h,
            double x0,
            double x1,
            double base,
            double maxHeight,
            Color body,
            double windows) {
        double cell = CELL * h;
        boolean lit = TerrainPainter.lit(plan);
        Color window = lit
                ? Palette.alpha(plan.palette().window(), 0.85)
                : Palette.alpha(Palette.mix(body, plan.palette().skyBottom(), 0.6), 0.7);
        for (long i = (long) Math.floor(x0 / cell) - 1; i * cell < x1; i++) {
            double u = n.uniform(i * 4);
            double width = cell * (0.65 + 0.45 * n.uniform(i * 4 + 1));
            double height = h * maxHeight * (0.25 + 0.75 * u * u);
            double left = i * cell + (cell - width) * n.uniform(i * 4 + 2);
            double top = base * h - height;
            g.setColor(Palette.scale(body, 0.9 + 0.2 * n.uniform(i * 4 + 3)));
            g.fill(new Rectangle2D.Double(left, top, width, h - top));
            if (u > 0.7) {
                g.fill(new Rectangle2D.Double(left + width * 0.45, top - height * 0.12, width * 0.06, height * 0.12));
            }
            windows(g, n, i, left, top, width, base * h, window, lit ? windows : 0.9);
        }
    }

    private static void windows(
            Graphics2D g,
            Noise n,
            long building,
            double left,
            double top,
            double width,
            double bottom,
            Color color,
            double share) {
        double size = width / 7;
        g.setColor(color);
        int row = 0;
        for (double y = top + size; y < bottom - size; y += size * 2, row++) {
            for (int col = 0; col < 3; col++) {
                if (n.uniform(building * 7919 + row * 13 + col) < share) {
                    g.fill(new Rectangle2D.Double(left + size * (1 + 2 * col), y, size, size * 1.1));
                }
            }
        }
    }
}
