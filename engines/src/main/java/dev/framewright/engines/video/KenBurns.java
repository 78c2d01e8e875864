package dev.framewright.engines.video;

import dev.framewright.engines.scene.Noise;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Still images in motion: each image gets an equal share of the clip with a slow zoom (in or out)
 * and a pan toward a seeded corner, and consecutive images cross-fade. Images are scaled once to
 * cover the frame with room for the zoom; frames are then cut from them.
 */
final class KenBurns implements FramePipe.FrameSource {
    static final double MAX_ZOOM = 1.15;
    private static final double FADE_SECONDS = 0.6;

    private final List<BufferedImage> covers = new ArrayList<>();
    private final BufferedImage overlay;
    private final int frames;
    private final int fade;
    private final Noise noise;

    KenBurns(List<BufferedImage> images, int w, int h, int frames, int fps, long seed, BufferedImage overlay) {
        for (BufferedImage img : images) {
            covers.add(cover(img, (int) Math.ceil(w * MAX_ZOOM), (int) Math.ceil(h * MAX_ZOOM)));
        }
        this.overlay = overlay;
        this.frames = frames;
        this.fade = images.size() > 1 ? (int) Math.round(FADE_SECONDS * fps) : 0;
        this.noise = new Noise(seed);
    }

    @Override
    public void draw(int index, BufferedImage frame) {
        int n = covers.size();
        double per = (double) frames / n;
        int k = Math.min(n - 1, (int) (index / per));
        Graphics2D g = frame.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            shot(g, k, (index - k * per) / per, frame.getWidth(), frame.getHeight());
            double intoNext = index - (k + 1) * per + fade;
            if (k + 1 < n && intoNext > 0) {
                g.setComposite(
                        AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.min(1, intoNext / fade)));
                shot(g, k + 1, 0, frame.getWidth(), frame.getHeight());
                g.setComposite(AlphaComposite.SrcOver);
            }
            g.drawImage(overlay, 0, 0, null);
        } finally {
            g.dispose();
        }
    }

    /**
     * Image {@code k} at {@code u} (0–1) of its shot: a window of the cover image, {@code MAX_ZOOM / zoom}
     * times the frame, centred on a point that pans toward a seeded direction and always stays inside.
     */
    private void shot(Graphics2D g, int k, double u, int w, int h) {
        BufferedImage img = covers.get(k);
        boolean zoomIn = noise.uniform(3 * k) < 0.5;
        double zoom = zoomIn ? 1 + (MAX_ZOOM - 1) * u : MAX_ZOOM - (MAX_ZOOM - 1) * u;
        double windowW = img.getWidth() / zoom;
        double windowH = img.getHeight() / zoom;
        double cx = img.getWidth() / 2.0 + (noise.uniform(3 * k + 1) * 2 - 1) * u * (img.getWidth() - windowW) / 2;
        double cy = img.getHeight() / 2.0 + (noise.uniform(3 * k + 2) * 2 - 1) * u * (img.getHeight() - windowH) / 2;
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.scale(w / windowW, h / windowH);
        t.translate(-cx, -cy);
        g.drawImage(img, t, null);
    }

    /** {@code img} scaled (bicubic, once) to cover {@code w × h}, centred and cropped. */
    static BufferedImage cover(BufferedImage img, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            double scale = Math.max((double) w / img.getWidth(), (double) h / img.getHeight());
            int dw = (int) Math.ceil(img.getWidth() * scale);
            int dh = (int) Math.ceil(img.getHeight() * scale);
            g.drawImage(img, (w - dw) / 2, (h - dh) / 2, dw, dh, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
