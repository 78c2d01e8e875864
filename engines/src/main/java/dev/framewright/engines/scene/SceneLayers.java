package dev.framewright.engines.scene;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * A scene rendered once as parallax layers, each wider than the frame by its share of the camera's
 * travel. A still image composites them with the camera at 0; the video engine composites them at
 * every frame's camera position, so nearer layers slide further than the sky.
 */
public final class SceneLayers {
    /** The layers, back to front, with how far each moves relative to the nearest. */
    public enum Layer {
        SKY(0.08),
        FAR(0.25),
        AIR(0.45),
        MID(0.6),
        NEAR(1.0);

        final double parallax;

        Layer(double parallax) {
            this.parallax = parallax;
        }
    }

    private final Map<Layer, BufferedImage> images;
    private final Map<Layer, Integer> margins;
    private final int width;
    private final int height;

    private SceneLayers(Map<Layer, BufferedImage> images, Map<Layer, Integer> margins, int width, int height) {
        this.images = images;
        this.margins = margins;
        this.width = width;
        this.height = height;
    }

    /**
     * Renders every layer of {@code plan} for a {@code w × h} frame.
     *
     * @param travel how many pixels the nearest layer may move either way (0 for a still image)
     */
    public static SceneLayers render(ScenePlan plan, int w, int h, int travel) {
        Map<Layer, BufferedImage> images = new EnumMap<>(Layer.class);
        Map<Layer, Integer> margins = new EnumMap<>(Layer.class);
        for (Layer layer : Layer.values()) {
            int m = (int) Math.ceil(travel * layer.parallax);
            BufferedImage img = new BufferedImage(
                    w + 2 * m, h, layer == Layer.SKY ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            try {
                quality(g);
                g.translate(m, 0);
                paint(layer, g, plan, w, h, -m, w + m);
            } finally {
                g.dispose();
            }
            images.put(layer, img);
            margins.put(layer, m);
        }
        return new SceneLayers(images, margins, w, h);
    }

    private static void paint(Layer layer, Graphics2D g, ScenePlan plan, int w, int h, double x0, double x1) {
        switch (layer) {
            case SKY -> SkyPainter.paint(g, plan, w, h, x0, x1);
            case FAR -> TerrainPainter.far(g, plan, w, h, x0, x1);
            case AIR -> subjects(g, plan, w, h, Subject.Place.SKY);
            case MID -> {
                TerrainPainter.mid(g, plan, w, h, x0, x1);
                subjects(g, plan, w, h, Subject.Place.WATER);
            }
            case NEAR -> {
                TerrainPainter.near(g, plan, w, h, x0, x1);
                subjects(g, plan, w, h, Subject.Place.GROUND);
            }
        }
    }

    /** Draws the subjects of one place; ground subjects stand on the near ground line. */
    static void subjects(Graphics2D g, ScenePlan plan, int w, int h, Subject.Place place) {
        DoubleUnaryOperator ground = TerrainPainter.ground(plan, h);
        boolean lit = TerrainPainter.lit(plan);
        for (ScenePlan.Placement p : plan.placements()) {
            if (p.subject().place() != place) {
                continue;
            }
            double x = p.x() * w;
            double size = p.size() * h;
            double y =
                    switch (place) {
                        case GROUND -> ground.applyAsDouble(x) + size * 0.04;
                        case SKY -> h * (0.12 + 0.3 * p.variant()) + size;
                        case WATER -> h * (plan.horizon() + 0.06 + 0.22 * p.variant());
                        case BACKDROP -> 0;
                    };
            if (place == Subject.Place.WATER) {
                size *= 0.6 + 1.6 * (y / h - plan.horizon());
            }
            Glyphs.draw(g, p.subject(), x, y, size, p.variant(), plan.palette(), lit);
        }
    }

    static void quality(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /**
     * Draws the layers into {@code g} (a {@code w × h} frame) for a camera position.
     *
     * @param camera −1…1: where the camera is along its travel (0 = centre)
     * @param drift extra movement of the sky subjects (birds, rocket), in pixels
     */
    public void composite(Graphics2D g, double camera, double drift) {
        for (Layer layer : Layer.values()) {
            int m = margins.get(layer);
            double dx = -m - camera * m;
            double dy = layer == Layer.AIR ? -drift * 0.3 : 0;
            g.drawImage(
                    images.get(layer),
                    (int) Math.round(dx + (layer == Layer.AIR ? drift : 0)),
                    (int) Math.round(dy),
                    null);
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
