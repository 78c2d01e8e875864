package dev.framewright.engines.avatar;

import dev.framewright.engines.avatar.Presenter.Look;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/** Hair behind the head (long, curly, bob) and in front of it (the cap and fringe). */
final class HairPainter {
    private static final double CX = 256;
    private static final double TOP = 100;

    private HairPainter() {}

    static void back(Graphics2D g, Look l) {
        g.setColor(PresenterPainter.shade(l.hair(), 0.85));
        switch (l.hairStyle()) {
            case LONG -> {
                Path2D p = new Path2D.Double();
                p.moveTo(CX - 100, 200);
                p.curveTo(CX - 120, 60, CX + 120, 60, CX + 100, 200);
                p.lineTo(CX + 118, 420);
                p.lineTo(CX - 118, 420);
                p.closePath();
                g.fill(p);
            }
            case CURLY -> {
                for (int i = 0; i < 18; i++) {
                    double a = Math.PI * (0.9 + 1.2 * i / 17.0);
                    double r = 34 + (i % 3) * 6;
                    g.fill(new Ellipse2D.Double(CX + Math.cos(a) * 118 - r, 205 + Math.sin(a) * 128 - r, 2 * r, 2 * r));
                }
                g.fill(new Ellipse2D.Double(CX - 140, 62, 280, 250));
            }
            case BOB -> g.fill(new Ellipse2D.Double(CX - 116, 88, 232, 252));
            default -> {}
        }
    }

    static void front(Graphics2D g, Look l) {
        Color c = l.hair();
        g.setColor(c);
        switch (l.hairStyle()) {
            case SHORT -> {
                Path2D p = new Path2D.Double();
                p.moveTo(CX - 92, 200);
                p.curveTo(CX - 104, 70, CX + 104, 70, CX + 92, 200);
                p.curveTo(CX + 86, 150, CX + 40, 128, CX - 10, 132);
                p.curveTo(CX - 60, 136, CX - 84, 160, CX - 92, 200);
                g.fill(p);
            }
            case LONG, BOB -> {
                Path2D p = new Path2D.Double();
                p.moveTo(CX - 96, 230);
                p.curveTo(CX - 110, 70, CX + 110, 70, CX + 96, 230);
                p.curveTo(CX + 86, 160, CX + 50, 140, CX + 10, 132);
                p.curveTo(CX - 20, 150, CX - 70, 150, CX - 96, 230);
                g.fill(p);
            }
            case CURLY -> {
                for (int i = 0; i < 9; i++) {
                    double x = CX - 88 + i * 22;
                    g.fill(new Ellipse2D.Double(x - 22, TOP + 8 + Math.abs(i - 4) * 5, 44, 40));
                }
            }
            case BUN -> {
                g.fill(new Ellipse2D.Double(CX - 38, TOP - 58, 76, 70));
                Path2D p = new Path2D.Double();
                p.moveTo(CX - 92, 190);
                p.curveTo(CX - 100, 76, CX + 100, 76, CX + 92, 190);
                p.curveTo(CX + 70, 130, CX - 70, 130, CX - 92, 190);
                g.fill(p);
            }
            case SHAVED -> {
                g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
                Path2D p = new Path2D.Double();
                p.moveTo(CX - 90, 170);
                p.curveTo(CX - 96, 86, CX + 96, 86, CX + 90, 170);
                p.curveTo(CX + 60, 126, CX - 60, 126, CX - 90, 170);
                g.fill(p);
            }
        }
    }
}
