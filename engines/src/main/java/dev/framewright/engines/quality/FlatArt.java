package dev.framewright.engines.quality;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Flat-colour test images drawn with Java2D (anti-aliased): logos, icons, charts and black-and-white
 * line art, for the vectorizer's tests and benchmark. Deterministic.
 */
public final class FlatArt {
    public static final int WIDTH = 320;
    public static final int HEIGHT = 240;

    private FlatArt() {}

    /** Every image by name, in a fixed order. */
    public static Map<String, BufferedImage> all() {
        Map<String, BufferedImage> out = new LinkedHashMap<>();
        out.put("shapes-logo", draw(false, FlatArt::shapesLogo));
        out.put("house-icon", draw(false, FlatArt::houseIcon));
        out.put("flag", draw(false, FlatArt::flag));
        out.put("target", draw(false, FlatArt::target));
        out.put("pie-chart", draw(false, FlatArt::pieChart));
        out.put("landscape", draw(false, FlatArt::landscape));
        out.put("smiley", draw(false, FlatArt::smiley));
        out.put("badge-transparent", draw(true, FlatArt::badge));
        out.put("tiles", draw(false, FlatArt::tiles));
        out.put("line-art-curves", draw(false, FlatArt::curves));
        out.put("line-art-lettering", draw(false, FlatArt::lettering));
        out.put("bar-chart", draw(false, FlatArt::barChart));
        return out;
    }

    private static BufferedImage draw(boolean transparent, Consumer<Graphics2D> painter) {
        BufferedImage image = new BufferedImage(
                WIDTH, HEIGHT, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            if (!transparent) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, WIDTH, HEIGHT);
            }
            painter.accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void shapesLogo(Graphics2D g) {
        g.setColor(new Color(0xE63946));
        g.fill(new Ellipse2D.Double(30, 50, 120, 120));
        g.setColor(new Color(0x1D3557));
        g.fillRect(120, 70, 100, 100);
        g.setColor(new Color(0xF4A261));
        g.fillPolygon(new Polygon(new int[] {230, 300, 265}, new int[] {170, 170, 60}, 3));
    }

    private static void houseIcon(Graphics2D g) {
        g.setColor(new Color(0x8ECAE6));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xFB8500));
        g.fillRect(90, 110, 140, 100);
        g.setColor(new Color(0x9B2226));
        g.fillPolygon(new Polygon(new int[] {70, 160, 250}, new int[] {115, 40, 115}, 3));
        g.setColor(new Color(0x023047));
        g.fillRect(145, 150, 30, 60);
        g.setColor(new Color(0xFFFFFF));
        g.fillRect(105, 130, 28, 24);
        g.fillRect(187, 130, 28, 24);
    }

    private static void flag(Graphics2D g) {
        Color[] stripes = {new Color(0x2A9D8F), new Color(0xE9C46A), new Color(0xE76F51)};
        for (int i = 0; i < 3; i++) {
            g.setColor(stripes[i]);
            g.fillRect(0, i * HEIGHT / 3, WIDTH, HEIGHT / 3 + 1);
        }
        g.setColor(Color.WHITE);
        g.fill(star(80, 120, 50, 20));
    }

    private static void target(Graphics2D g) {
        Color[] rings = {new Color(0xD62828), Color.WHITE, new Color(0xD62828), Color.WHITE, new Color(0xD62828)};
        for (int i = 0; i < rings.length; i++) {
            int r = 110 - i * 22;
            g.setColor(rings[i]);
            g.fill(new Ellipse2D.Double(160 - r, 120 - r, 2 * r, 2 * r));
        }
    }

    private static void pieChart(Graphics2D g) {
        Color[] slices = {
            new Color(0x264653), new Color(0x2A9D8F), new Color(0xE9C46A), new Color(0xF4A261), new Color(0xE76F51)
        };
        int[] angles = {110, 80, 70, 60, 40};
        int start = 90;
        for (int i = 0; i < slices.length; i++) {
            g.setColor(slices[i]);
            g.fillArc(60, 20, 200, 200, start, angles[i]);
            start += angles[i];
        }
    }

    private static void landscape(Graphics2D g) {
        g.setColor(new Color(0xA8DADC));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xFFB703));
        g.fill(new Ellipse2D.Double(220, 30, 60, 60));
        g.setColor(new Color(0x6C757D));
        g.fillPolygon(
                new Polygon(new int[] {0, 90, 180, 260, 320, 320, 0}, new int[] {170, 70, 160, 90, 150, 240, 240}, 7));
        g.setColor(new Color(0x2D6A4F));
        g.fillRect(0, 180, WIDTH, 60);
    }

    private static void smiley(Graphics2D g) {
        g.setColor(new Color(0xFFD166));
        g.fill(new Ellipse2D.Double(60, 20, 200, 200));
        g.setColor(new Color(0x3D405B));
        g.fill(new Ellipse2D.Double(115, 75, 24, 36));
        g.fill(new Ellipse2D.Double(181, 75, 24, 36));
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(100, 90, 120, 90, 200, 140);
    }

    private static void badge(Graphics2D g) {
        g.setColor(new Color(0x5E60CE));
        g.fill(new RoundRectangle2D.Double(40, 30, 240, 180, 50, 50));
        g.setColor(new Color(0x80FFDB));
        g.fill(star(160, 120, 70, 30));
    }

    private static void tiles(Graphics2D g) {
        Color[] colours = {new Color(0xEF476F), new Color(0xFFD166), new Color(0x06D6A0), new Color(0x118AB2)};
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 4; col++) {
                g.setColor(colours[(row + col) % 4]);
                g.fill(new RoundRectangle2D.Double(16 + col * 76, 12 + row * 76, 64, 64, 16, 16));
            }
        }
    }

    private static void curves(Graphics2D g) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        GeneralPath p = new GeneralPath();
        p.moveTo(20, 200);
        p.curveTo(80, 20, 140, 220, 200, 60);
        p.curveTo(230, 20, 290, 80, 300, 200);
        g.draw(p);
        g.draw(new Ellipse2D.Double(120, 140, 70, 70));
        g.drawLine(30, 30, 150, 40);
    }

    private static void lettering(Graphics2D g) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 64));
        g.drawString("Vector", 40, 110);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.drawString("line art", 70, 180);
    }

    private static void barChart(Graphics2D g) {
        g.setColor(new Color(0x343A40));
        g.fillRect(30, 20, 4, 190);
        g.fillRect(30, 206, 270, 4);
        Color[] bars = {new Color(0x4361EE), new Color(0x4CC9F0), new Color(0xF72585)};
        int[] heights = {120, 170, 80, 140, 60};
        for (int i = 0; i < heights.length; i++) {
            g.setColor(bars[i % bars.length]);
            g.fillRect(50 + i * 50, 206 - heights[i], 34, heights[i]);
        }
    }

    private static GeneralPath star(double cx, double cy, double outer, double inner) {
        GeneralPath p = new GeneralPath();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
