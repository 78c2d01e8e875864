package dev.framewright.engines.video;

import dev.framewright.engines.scene.Finish;
import dev.framewright.engines.scene.SceneLayers;
import dev.framewright.engines.scene.ScenePlan;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The procedural scene in motion: the layers slide by parallax as the camera travels across (eased),
 * the view zooms in slightly, sky subjects drift, rain or snow falls, and the grain moves. The layers
 * and the overlay (vignette, caption, watermark) are rendered once; each frame blits the layers
 * unscaled, then scales the result once for the zoom.
 */
final class SceneAnimation implements FramePipe.FrameSource {
    private static final double TRAVEL = 0.05;
    private static final double ZOOM = 0.06;

    private final ScenePlan plan;
    private final SceneLayers layers;
    private final BufferedImage overlay;
    private final int frames;
    private final double fps;
    private final double direction;
    /** The layers composited at the frame's camera position, before the zoom. */
    private final BufferedImage canvas;

    SceneAnimation(ScenePlan plan, int w, int h, int frames, int fps, BufferedImage overlay) {
        this.plan = plan;
        this.layers = SceneLayers.render(plan, w, h, (int) Math.ceil(TRAVEL * w));
        this.overlay = overlay;
        this.frames = frames;
        this.fps = fps;
        this.direction = (plan.seed() & 1) == 0 ? 1 : -1;
        this.canvas = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void draw(int index, BufferedImage frame) {
        int w = frame.getWidth(), h = frame.getHeight();
        double u = frames <= 1 ? 0 : (double) index / (frames - 1);
        double eased = u * u * (3 - 2 * u);
        double t = index / fps;
        Graphics2D c = canvas.createGraphics();
        try {
            c.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            layers.composite(c, direction * (2 * eased - 1), t * 0.03 * w);
            Finish.atmosphere(c, plan, w, h, t);
        } finally {
            c.dispose();
        }
        Graphics2D g = frame.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            double zoom = 1 + ZOOM * eased;
            AffineTransform at = AffineTransform.getTranslateInstance(w / 2.0, h / 2.0);
            at.scale(zoom, zoom);
            at.translate(-w / 2.0, -h / 2.0);
            g.drawImage(canvas, at, null);
        } finally {
            g.dispose();
        }
        Finish.grain(frame, plan.seed(), index);
        Graphics2D top = frame.createGraphics();
        try {
            top.drawImage(overlay, 0, 0, null);
        } finally {
            top.dispose();
        }
    }
}
