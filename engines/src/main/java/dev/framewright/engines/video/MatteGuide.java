package dev.framewright.engines.video;

import dev.framewright.engines.background.Cutout;
import java.awt.image.BufferedImage;

/** Snaps an interpolated matte onto a frame's own edges (guided filter, radius 2). */
final class MatteGuide {
    private MatteGuide() {}

    static float[] snap(BufferedImage frame, float[] alpha) {
        return Cutout.guided(frame, alpha, 2);
    }
}
