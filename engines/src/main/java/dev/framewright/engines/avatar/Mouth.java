package dev.framewright.engines.avatar;

import dev.framewright.engines.avatar.Presenter.Look;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The mouth of a pose: the opening's width and height follow {@code open}, {@code wide} and
 * {@code round}; inside are the upper teeth and, when open, the tongue; the lips outline it.
 */
final class Mouth {
    private static final double HALF_WIDTH = 27;
    private static final double MAX_OPEN = 34;

    private Mouth() {}

    static void draw(Graphics2D g, Look l, Pose pose, double cx, double cy) {
        double open = clamp(pose.open());
        double half = HALF_WIDTH * (1 + 0.28 * clamp(pose.wide()) - 0.38 * clamp(pose.round()));
        double height = 1.5 + MAX_OPEN * open * (1 - 0.35 * clamp(pose.wide()));
        double power = 0.5 + 0.7 * clamp(pose.round());
        Shape hole = outline(cx, cy, half, height, power);
        if (height > 3) {
            Shape oldClip = g.getClip();
            g.setColor(new Color(60, 18, 22));
            g.fill(hole);
            g.clip(hole);
            g.setColor(new Color(245, 242, 235));
            g.fill(new Rectangle2D.Double(cx - half, cy - height * 0.4, 2 * half, Math.min(7, height * 0.3)));
            g.setColor(new Color(190, 80, 90));
            g.fill(new Ellipse2D.Double(cx - half * 0.6, cy + height * 0.3, half * 1.2, height * 0.6));
            g.setClip(oldClip);
        }
        g.setColor(l.lips());
        g.setStroke(new BasicStroke(6.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(hole);
        if (height <= 3) {
            g.setColor(PresenterPainter.shade(l.lips(), 0.6));
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new java.awt.geom.Line2D.Double(cx - half, cy, cx + half, cy));
        }
    }

    /** The opening: an upper and a lower arc between the corners; a higher power gives a rounder shape. */
    private static Shape outline(double cx, double cy, double half, double height, double power) {
        Path2D.Double p = new Path2D.Double();
        int steps = 24;
        p.moveTo(cx - half, cy);
        for (int i = 1; i <= steps; i++) {
            double x = -1 + 2.0 * i / steps;
            p.lineTo(cx + x * half, cy - height * 0.38 * Math.pow(1 - x * x, power));
        }
        for (int i = steps - 1; i >= 0; i--) {
            double x = -1 + 2.0 * i / steps;
            p.lineTo(cx + x * half, cy + height * 0.62 * Math.pow(1 - x * x, power));
        }
        p.closePath();
        return p;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
