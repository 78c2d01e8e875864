package dev.framewright.engines.scene;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/** A rocket climbing to the upper right, with its flame and smoke. Unit box as in {@link Glyphs}. */
final class Rocket {
    private Rocket() {}

    static void draw(Graphics2D g, Color body, Color accent, Color flame) {
        g.rotate(0.45);
        for (int i = 0; i < 6; i++) {
            double r = 0.08 + i * 0.05;
            g.setColor(Palette.alpha(Color.WHITE, 0.35 - i * 0.05));
            g.fill(new Ellipse2D.Double(-r, 0.15 + i * 0.16 - r, 2 * r, 2 * r));
        }
        g.setColor(Palette.alpha(flame, 0.9));
        g.fill(tri(-0.09, -0.02, 0.09, -0.02, 0, 0.3));
        g.setColor(Palette.alpha(Color.WHITE, 0.9));
        g.fill(tri(-0.045, -0.02, 0.045, -0.02, 0, 0.14));
        g.setColor(Palette.mix(body, Color.WHITE, 0.75));
        Path2D hull = new Path2D.Double();
        hull.moveTo(0, -1.0);
        hull.curveTo(0.16, -0.85, 0.13, -0.3, 0.11, -0.05);
        hull.lineTo(-0.11, -0.05);
        hull.curveTo(-0.13, -0.3, -0.16, -0.85, 0, -1.0);
        g.fill(hull);
        g.setColor(accent);
        g.fill(tri(0.11, -0.3, 0.24, -0.02, 0.11, -0.08));
        g.fill(tri(-0.11, -0.3, -0.24, -0.02, -0.11, -0.08));
        g.fill(tri(-0.09, -0.86, 0.09, -0.86, 0, -1.0));
        g.setColor(Palette.mix(accent, Color.BLACK, 0.4));
        g.fill(new Ellipse2D.Double(-0.055, -0.66, 0.11, 0.11));
    }

    private static Path2D tri(double x1, double y1, double x2, double y2, double x3, double y3) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x1, y1);
        p.lineTo(x2, y2);
        p.lineTo(x3, y3);
        p.closePath();
        return p;
    }
}
