package dev.framewright.engines.avatar;

import dev.framewright.engines.avatar.Presenter.Look;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/** Eyes (with blinks), brows, nose and glasses, in the painter's 512-unit space. */
final class Face {
    private static final double EYE_DX = 36;
    private static final double EYE_RX = 17;
    private static final double EYE_RY = 10;

    private Face() {}

    static void eyes(Graphics2D g, Look l, Pose pose, double cx, double y) {
        for (int side = -1; side <= 1; side += 2) {
            double ex = cx + side * EYE_DX;
            Shape white = new Ellipse2D.Double(ex - EYE_RX, y - EYE_RY, 2 * EYE_RX, 2 * EYE_RY);
            Shape oldClip = g.getClip();
            g.setColor(new Color(250, 248, 244));
            g.fill(white);
            g.clip(white);
            double look = pose.turn() * 6;
            g.setColor(l.eyes());
            g.fill(new Ellipse2D.Double(ex - 8 + look, y - 8, 16, 16));
            g.setColor(new Color(15, 10, 10));
            g.fill(new Ellipse2D.Double(ex - 4 + look, y - 4, 8, 8));
            g.setColor(new Color(255, 255, 255, 220));
            g.fill(new Ellipse2D.Double(ex - 1 + look, y - 5, 4, 4));
            double lid = Math.max(0.12, pose.blink()) * 2 * EYE_RY;
            g.setColor(PresenterPainter.shade(l.skin(), 0.9));
            g.fill(new java.awt.geom.Rectangle2D.Double(ex - EYE_RX - 1, y - EYE_RY - 1, 2 * EYE_RX + 2, lid + 1));
            g.setClip(oldClip);
            g.setColor(new Color(30, 20, 20));
            g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double lidY = y - EYE_RY + lid;
            Path2D lash = new Path2D.Double();
            lash.moveTo(ex - EYE_RX - 1, y);
            lash.quadTo(ex, lidY - (1 - pose.blink()) * 4, ex + EYE_RX + 1, y);
            g.draw(lash);
        }
    }

    static void brows(Graphics2D g, Look l, Pose pose, double cx, double y) {
        g.setColor(PresenterPainter.shade(l.hair(), 0.9));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double lift = 24 + pose.brow() * 7;
        for (int side = -1; side <= 1; side += 2) {
            Path2D b = new Path2D.Double();
            b.moveTo(cx + side * 18, y - lift + 3);
            b.quadTo(cx + side * 38, y - lift - 6, cx + side * 58, y - lift + 2);
            g.draw(b);
        }
    }

    static void nose(Graphics2D g, Look l, double cx, double y) {
        g.setColor(PresenterPainter.shade(l.skin(), 0.72));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D n = new Path2D.Double();
        n.moveTo(cx - 3, y + 2);
        n.quadTo(cx - 12, y + 30, cx - 9, y + 38);
        n.quadTo(cx, y + 44, cx + 10, y + 38);
        g.draw(n);
    }

    static void glasses(Graphics2D g, double cx, double y) {
        g.setColor(new Color(25, 25, 30));
        g.setStroke(new BasicStroke(4f));
        for (int side = -1; side <= 1; side += 2) {
            g.draw(new RoundRectangle2D.Double(cx + side * EYE_DX - 27, y - 19, 54, 38, 16, 16));
        }
        g.draw(new java.awt.geom.Line2D.Double(cx - 9, y - 4, cx + 9, y - 4));
    }
}
