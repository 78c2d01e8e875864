package dev.framewright.engines.scene;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Renders a still: the layers (or the styled reference images), the atmosphere, grain, vignette and
 * caption. Deterministic: the same plan, size and references give the same pixels.
 */
public final class SceneRenderer {
    private SceneRenderer() {}

    /** @param references decoded reference images used as the base, or empty for a painted scene */
    public static BufferedImage render(ScenePlan plan, int w, int h, List<BufferedImage> references) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            SceneLayers.quality(g);
            if (references.isEmpty()) {
                SceneLayers.render(plan, w, h, 0).composite(g, 0, 0);
            } else {
                g.drawImage(ReferenceBase.compose(references, plan, w, h), 0, 0, null);
                SceneLayers.subjects(g, plan, w, h, Subject.Place.SKY);
                SceneLayers.subjects(g, plan, w, h, Subject.Place.GROUND);
            }
            Finish.atmosphere(g, plan, w, h, 0);
            Finish.vignette(g, w, h);
        } finally {
            g.dispose();
        }
        Finish.grain(out, plan.seed(), 0);
        Graphics2D top = out.createGraphics();
        try {
            SceneLayers.quality(top);
            Finish.caption(top, plan.prompt().caption(), w, h);
        } finally {
            top.dispose();
        }
        return out;
    }
}
