package dev.framewright.engines.scene;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.function.DoubleUnaryOperator;

/**
 * Simple vector drawings of the subjects a prompt names. Each is drawn in a unit box (x −0.5…0.5,
 * y −1…0, feet at the origin) and placed by an affine transform, so it scales with the frame.
 */
final class Glyphs {
    private Glyphs() {}

    /** Draws {@code s} with its base centred at (x, y) and {@code size} pixels tall. */
    static void draw(Graphics2D g, Subject s, double x, double y, double size, double variant, Palette p, boolean lit) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.scale(size * (variant < 0.5 ? 1 : -1), size);
        g.setStroke(new BasicStroke(0.03f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Color body = p.subject();
        switch (s) {
            case TREE -> tree(g, Palette.mix(p.near(), Color.BLACK, 0.35), variant);
            case HOUSE -> house(g, body, p.detail(), lit ? p.window() : Palette.mix(p.skyBottom(), body, 0.3));
            case CASTLE -> castle(g, body, lit ? p.window() : Palette.mix(body, p.skyBottom(), 0.4));
            case LIGHTHOUSE -> lighthouse(g, body, p.detail(), p.light(), lit);
            case PERSON -> person(g, body);
            case CAT -> cat(g, body);
            case DOG -> dog(g, body);
            case CAR -> car(g, body, p.detail(), Palette.mix(p.skyBottom(), Color.WHITE, 0.3));
            case FLOWER -> flower(g, Palette.mix(p.near(), Color.BLACK, 0.2), p.detail(), p.light());
            case BOAT -> boat(g, body, p.light());
            case FISH -> fish(g, body);
            case BIRD -> bird(g, body);
            case ROCKET -> Rocket.draw(g, body, p.detail(), p.light());
            case BALLOON -> balloon(g, p.detail(), p.light(), body);
            case MOUNTAIN -> {}
        }
        g.setTransform(saved);
    }

    /** Small conifers along a ridge line (forest and snow settings). */
    static void treeLine(
            Graphics2D g,
            ScenePlan plan,
            Noise n,
            DoubleUnaryOperator line,
            double x0,
            double x1,
            double size,
            Color color) {
        double step = size * 0.45;
        for (long i = (long) Math.floor(x0 / step); i * step < x1; i++) {
            if (n.uniform(i) < 0.3) {
                continue;
            }
            double x = i * step + step * n.uniform(i + 99991);
            double s = size * (0.6 + 0.7 * n.uniform(i + 7777));
            AffineTransform saved = g.getTransform();
            g.translate(x, line.applyAsDouble(x) + s * 0.08);
            g.scale(s, s);
            tree(g, color, 0.1);
            g.setTransform(saved);
        }
    }

    private static Path2D poly(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    private static void tree(Graphics2D g, Color leaves, double variant) {
        g.setColor(Palette.scale(leaves, 0.6));
        g.fill(new Rectangle2D.Double(-0.04, -0.2, 0.08, 0.2));
        g.setColor(leaves);
        if (variant < 0.7) {
            for (int i = 0; i < 3; i++) {
                double top = -1 + i * 0.22;
                double half = 0.2 + i * 0.09;
                g.fill(poly(0, top, half, top + 0.42, -half, top + 0.42));
            }
        } else {
            g.fill(new Ellipse2D.Double(-0.32, -0.95, 0.64, 0.6));
            g.fill(new Ellipse2D.Double(-0.4, -0.7, 0.45, 0.45));
            g.fill(new Ellipse2D.Double(-0.05, -0.72, 0.45, 0.45));
        }
    }

    private static void house(Graphics2D g, Color walls, Color roof, Color window) {
        g.setColor(walls);
        g.fill(new Rectangle2D.Double(-0.5, -0.6, 1.0, 0.6));
        g.setColor(roof);
        g.fill(poly(-0.6, -0.58, 0, -1, 0.6, -0.58));
        g.fill(new Rectangle2D.Double(0.22, -0.95, 0.1, 0.25));
        g.setColor(window);
        g.fill(new Rectangle2D.Double(-0.36, -0.45, 0.2, 0.18));
        g.fill(new Rectangle2D.Double(0.16, -0.45, 0.2, 0.18));
        g.setColor(Palette.scale(roof, 0.6));
        g.fill(new Rectangle2D.Double(-0.08, -0.32, 0.16, 0.32));
    }

    private static void castle(Graphics2D g, Color stone, Color window) {
        g.setColor(stone);
        g.fill(new Rectangle2D.Double(-0.45, -0.55, 0.9, 0.55));
        for (double tx : new double[] {-0.5, 0.3}) {
            g.fill(new Rectangle2D.Double(tx, -0.85, 0.2, 0.85));
            for (int k = 0; k < 3; k++) {
                g.fill(new Rectangle2D.Double(tx + k * 0.075, -0.9, 0.05, 0.06));
            }
            g.fill(poly(tx - 0.02, -0.85, tx + 0.1, -1.0, tx + 0.22, -0.85));
        }
        for (int k = 0; k < 6; k++) {
            g.fill(new Rectangle2D.Double(-0.3 + k * 0.1, -0.6, 0.05, 0.06));
        }
        g.setColor(window);
        g.fill(new RoundRectangle2D.Double(-0.09, -0.3, 0.18, 0.3, 0.18, 0.18));
        g.fill(new Rectangle2D.Double(-0.43, -0.65, 0.05, 0.09));
        g.fill(new Rectangle2D.Double(0.38, -0.65, 0.05, 0.09));
    }

    private static void lighthouse(Graphics2D g, Color body, Color stripe, Color light, boolean lit) {
        if (lit) {
            g.setColor(Palette.alpha(light, 0.25));
            g.fill(poly(0, -0.86, 2.5, -1.05, 2.5, -0.7));
        }
        g.setColor(Palette.mix(body, Color.WHITE, 0.6));
        g.fill(poly(-0.17, 0, -0.1, -0.8, 0.1, -0.8, 0.17, 0));
        g.setColor(stripe);
        g.fill(poly(-0.155, -0.18, -0.14, -0.32, 0.14, -0.32, 0.155, -0.18));
        g.fill(poly(-0.125, -0.5, -0.115, -0.62, 0.115, -0.62, 0.125, -0.5));
        g.setColor(lit ? light : Palette.mix(light, body, 0.4));
        g.fill(new Rectangle2D.Double(-0.08, -0.92, 0.16, 0.12));
        g.setColor(body);
        g.fill(poly(-0.12, -0.92, 0, -1.0, 0.12, -0.92));
    }

    private static void person(Graphics2D g, Color c) {
        g.setColor(c);
        g.fill(new Ellipse2D.Double(-0.09, -1.0, 0.18, 0.18));
        g.fill(new RoundRectangle2D.Double(-0.14, -0.8, 0.28, 0.42, 0.12, 0.12));
        g.fill(poly(-0.12, -0.4, -0.02, -0.4, -0.05, 0, -0.14, 0));
        g.fill(poly(0.02, -0.4, 0.12, -0.4, 0.14, 0, 0.05, 0));
        g.fill(poly(-0.14, -0.78, -0.2, -0.45, -0.15, -0.44, -0.1, -0.72));
        g.fill(poly(0.14, -0.78, 0.26, -0.5, 0.21, -0.47, 0.1, -0.72));
    }

    private static void cat(Graphics2D g, Color c) {
        g.setColor(c);
        g.fill(new Ellipse2D.Double(-0.3, -0.62, 0.6, 0.62));
        g.fill(new Ellipse2D.Double(-0.22, -0.98, 0.44, 0.4));
        g.fill(poly(-0.2, -0.85, -0.18, -1.08, -0.05, -0.95));
        g.fill(poly(0.2, -0.85, 0.18, -1.08, 0.05, -0.95));
        g.setStroke(new BasicStroke(0.09f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D tail = new Path2D.Double();
        tail.moveTo(0.25, -0.08);
        tail.curveTo(0.6, -0.05, 0.6, -0.45, 0.45, -0.6);
        g.draw(tail);
    }

    private static void dog(Graphics2D g, Color c) {
        g.setColor(c);
        g.fill(new Ellipse2D.Double(-0.45, -0.68, 0.8, 0.38));
        g.fill(new Ellipse2D.Double(0.18, -0.98, 0.34, 0.32));
        g.fill(new Ellipse2D.Double(0.38, -0.86, 0.22, 0.14));
        g.fill(poly(0.2, -0.92, 0.16, -0.66, 0.28, -0.72));
        for (double lx : new double[] {-0.38, -0.22, 0.12, 0.24}) {
            g.fill(new Rectangle2D.Double(lx, -0.4, 0.08, 0.4));
        }
        g.setStroke(new BasicStroke(0.07f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D tail = new Path2D.Double();
        tail.moveTo(-0.42, -0.58);
        tail.quadTo(-0.6, -0.7, -0.55, -0.95);
        g.draw(tail);
    }

    private static void car(Graphics2D g, Color body, Color paint, Color glass) {
        g.setColor(paint);
        g.fill(new RoundRectangle2D.Double(-1.0, -0.62, 2.0, 0.42, 0.2, 0.2));
        g.fill(poly(-0.55, -0.6, -0.35, -1.0, 0.45, -1.0, 0.7, -0.6));
        g.setColor(glass);
        g.fill(poly(-0.45, -0.62, -0.3, -0.92, 0.02, -0.92, 0.02, -0.62));
        g.fill(poly(0.1, -0.62, 0.1, -0.92, 0.4, -0.92, 0.58, -0.62));
        g.setColor(body);
        g.fill(new Ellipse2D.Double(-0.78, -0.4, 0.4, 0.4));
        g.fill(new Ellipse2D.Double(0.4, -0.4, 0.4, 0.4));
        g.setColor(glass);
        g.fill(new Ellipse2D.Double(-0.66, -0.28, 0.16, 0.16));
        g.fill(new Ellipse2D.Double(0.52, -0.28, 0.16, 0.16));
    }

    private static void flower(Graphics2D g, Color stem, Color petals, Color centre) {
        g.setColor(stem);
        g.fill(new Rectangle2D.Double(-0.03, -0.7, 0.06, 0.7));
        g.fill(new Ellipse2D.Double(0, -0.4, 0.25, 0.1));
        g.setColor(petals);
        for (int i = 0; i < 6; i++) {
            double a = i * Math.PI / 3;
            g.fill(new Ellipse2D.Double(Math.cos(a) * 0.16 - 0.11, -0.82 + Math.sin(a) * 0.16 - 0.11, 0.22, 0.22));
        }
        g.setColor(centre);
        g.fill(new Ellipse2D.Double(-0.08, -0.9, 0.16, 0.16));
    }

    private static void boat(Graphics2D g, Color hull, Color sail) {
        g.setColor(hull);
        g.fill(poly(-0.7, -0.22, 0.7, -0.22, 0.5, 0, -0.5, 0));
        g.fill(new Rectangle2D.Double(-0.02, -1.0, 0.04, 0.8));
        g.setColor(sail);
        g.fill(poly(0.04, -0.98, 0.04, -0.28, 0.55, -0.28));
        g.fill(poly(-0.04, -0.85, -0.04, -0.3, -0.45, -0.3));
    }

    private static void fish(Graphics2D g, Color c) {
        g.setColor(c);
        AffineTransform t = g.getTransform();
        g.rotate(-0.5);
        g.fill(new Ellipse2D.Double(-0.6, -0.5, 1.0, 0.45));
        g.fill(poly(0.35, -0.28, 0.75, -0.55, 0.75, -0.0));
        g.setTransform(t);
    }

    private static void bird(Graphics2D g, Color c) {
        g.setColor(c);
        g.setStroke(new BasicStroke(0.12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D v = new Path2D.Double();
        v.moveTo(-0.9, -0.7);
        v.quadTo(-0.4, -0.85, 0, -0.4);
        v.quadTo(0.4, -0.85, 0.9, -0.7);
        g.draw(v);
    }

    private static void balloon(Graphics2D g, Color envelope, Color stripe, Color basket) {
        g.setColor(envelope);
        g.fill(new Ellipse2D.Double(-0.4, -1.0, 0.8, 0.75));
        g.fill(poly(-0.36, -0.5, 0.36, -0.5, 0.1, -0.2, -0.1, -0.2));
        g.setColor(stripe);
        g.fill(new Ellipse2D.Double(-0.14, -1.0, 0.28, 0.78));
        g.setColor(basket);
        g.setStroke(new BasicStroke(0.015f));
        g.draw(new java.awt.geom.Line2D.Double(-0.1, -0.2, -0.07, -0.08));
        g.draw(new java.awt.geom.Line2D.Double(0.1, -0.2, 0.07, -0.08));
        g.fill(new Rectangle2D.Double(-0.08, -0.08, 0.16, 0.08));
    }
}
