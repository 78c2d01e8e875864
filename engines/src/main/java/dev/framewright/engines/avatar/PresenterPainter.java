package dev.framewright.engines.avatar;

import dev.framewright.engines.avatar.Presenter.Hair;
import dev.framewright.engines.avatar.Presenter.Look;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * Draws a presenter head-and-shoulders on a square canvas in a 512-unit coordinate system. The
 * background is drawn once per presenter and size ({@link #background}); each frame then draws the
 * body and the posed face over it. Stateless and thread-safe.
 */
public final class PresenterPainter {
    private static final double CX = 256;
    private static final double HEAD_Y = 212;
    private static final double HEAD_RX = 88;
    private static final double HEAD_RY = 112;
    /** The figure is drawn a little larger than its 512-unit layout, anchored at the bottom centre. */
    private static final double ZOOM = 1.18;

    private static final double ANCHOR_Y = 380;

    private PresenterPainter() {}

    /** The static backdrop of {@code p} at {@code size}² pixels. */
    public static BufferedImage background(Presenter p, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        try {
            quality(g);
            g.scale(size / 512.0, size / 512.0);
            Look l = p.look();
            g.setPaint(new GradientPaint(0, 0, l.backgroundTop(), 0, 512, l.backgroundBottom()));
            g.fillRect(0, 0, 512, 512);
            g.setPaint(new RadialGradientPaint(
                    new Point2D.Double(CX, 190),
                    260,
                    new float[] {0f, 1f},
                    new Color[] {new Color(255, 255, 255, 70), new Color(255, 255, 255, 0)},
                    MultipleGradientPaint.CycleMethod.NO_CYCLE));
            g.fillRect(0, 0, 512, 512);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Draws {@code p} in {@code pose} onto a canvas of {@code size}² that already holds the background. */
    public static void draw(Graphics2D g, Presenter p, Pose pose, int size) {
        AffineTransform saved = g.getTransform();
        quality(g);
        g.scale(size / 512.0, size / 512.0);
        g.translate(CX, ANCHOR_Y);
        g.scale(ZOOM, ZOOM);
        g.translate(-CX, -ANCHOR_Y);
        Look l = p.look();
        double dx = pose.turn() * HEAD_RX;
        double dy = pose.nod() * HEAD_RY;
        AffineTransform base = g.getTransform();
        g.translate(dx * 0.3, dy * 0.3);
        body(g, l);
        g.setTransform(base);
        g.translate(dx, dy);
        g.rotate(pose.tilt(), CX, 330);
        if (l.hairStyle() == Hair.LONG || l.hairStyle() == Hair.CURLY || l.hairStyle() == Hair.BOB) {
            HairPainter.back(g, l);
        }
        head(g, l);
        Face.eyes(g, l, pose, CX, HEAD_Y - 8);
        Face.brows(g, l, pose, CX, HEAD_Y - 8);
        Face.nose(g, l, CX, HEAD_Y);
        if (l.beard()) {
            beard(g, l);
        }
        Mouth.draw(g, l, pose, CX, HEAD_Y + 66);
        HairPainter.front(g, l);
        if (l.glasses()) {
            Face.glasses(g, CX, HEAD_Y - 8);
        }
        g.setTransform(saved);
    }

    static void quality(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static void body(Graphics2D g, Look l) {
        g.setColor(shade(l.skin(), 0.85));
        g.fill(new java.awt.geom.Rectangle2D.Double(CX - 34, HEAD_Y + 70, 68, 90));
        Path2D torso = new Path2D.Double();
        torso.moveTo(40, 512);
        torso.curveTo(52, 420, 110, 392, 190, 380);
        torso.lineTo(322, 380);
        torso.curveTo(402, 392, 460, 420, 472, 512);
        torso.closePath();
        g.setPaint(new GradientPaint(0, 380, l.shirt(), 0, 512, shade(l.shirt(), 0.7)));
        g.fill(torso);
        Path2D collar = new Path2D.Double();
        collar.moveTo(CX - 46, 381);
        collar.lineTo(CX, 436);
        collar.lineTo(CX + 46, 381);
        collar.closePath();
        g.setColor(shade(l.skin(), 0.85));
        g.fill(collar);
        g.setColor(shade(l.shirt(), 0.6));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(collar);
    }

    private static void head(Graphics2D g, Look l) {
        g.setColor(shade(l.skin(), 0.92));
        g.fill(new Ellipse2D.Double(CX - HEAD_RX - 14, HEAD_Y - 18, 28, 44));
        g.fill(new Ellipse2D.Double(CX + HEAD_RX - 14, HEAD_Y - 18, 28, 44));
        Path2D face = new Path2D.Double();
        face.moveTo(CX, HEAD_Y - HEAD_RY);
        face.curveTo(
                CX + HEAD_RX * 1.35,
                HEAD_Y - HEAD_RY,
                CX + HEAD_RX * 1.05,
                HEAD_Y + HEAD_RY * 0.75,
                CX,
                HEAD_Y + HEAD_RY);
        face.curveTo(
                CX - HEAD_RX * 1.05,
                HEAD_Y + HEAD_RY * 0.75,
                CX - HEAD_RX * 1.35,
                HEAD_Y - HEAD_RY,
                CX,
                HEAD_Y - HEAD_RY);
        g.setPaint(new RadialGradientPaint(
                new Point2D.Double(CX - 20, HEAD_Y - 30),
                150,
                new float[] {0f, 1f},
                new Color[] {tint(l.skin(), 0.08), shade(l.skin(), 0.88)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        g.fill(face);
        g.setColor(new Color(255, 90, 90, 28));
        g.fill(new Ellipse2D.Double(CX - 72, HEAD_Y + 18, 40, 26));
        g.fill(new Ellipse2D.Double(CX + 32, HEAD_Y + 18, 40, 26));
    }

    private static void beard(Graphics2D g, Look l) {
        Path2D b = new Path2D.Double();
        b.moveTo(CX - HEAD_RX * 0.92, HEAD_Y + 8);
        b.curveTo(CX - HEAD_RX * 0.9, HEAD_Y + HEAD_RY * 0.9, CX - 30, HEAD_Y + HEAD_RY + 8, CX, HEAD_Y + HEAD_RY + 8);
        b.curveTo(
                CX + 30,
                HEAD_Y + HEAD_RY + 8,
                CX + HEAD_RX * 0.9,
                HEAD_Y + HEAD_RY * 0.9,
                CX + HEAD_RX * 0.92,
                HEAD_Y + 8);
        b.curveTo(CX + 60, HEAD_Y + 60, CX - 60, HEAD_Y + 60, CX - HEAD_RX * 0.92, HEAD_Y + 8);
        g.setColor(new Color(l.hair().getRed(), l.hair().getGreen(), l.hair().getBlue(), 200));
        g.fill(b);
    }

    static Color shade(Color c, double f) {
        return new Color(clamp(c.getRed() * f), clamp(c.getGreen() * f), clamp(c.getBlue() * f));
    }

    static Color tint(Color c, double f) {
        return new Color(
                clamp(c.getRed() + (255 - c.getRed()) * f),
                clamp(c.getGreen() + (255 - c.getGreen()) * f),
                clamp(c.getBlue() + (255 - c.getBlue()) * f));
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
