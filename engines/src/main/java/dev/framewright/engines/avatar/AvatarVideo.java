package dev.framewright.engines.avatar;

import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.video.FramePipe;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Renders posed frames of a presenter in Java2D and pipes them raw (BGR, {@value AudioFeatures#FPS}
 * fps) to ffmpeg's stdin, which encodes H.264 and muxes the audio as AAC into an MP4. Cancellation
 * and the timeout kill ffmpeg; the renderer stops at its next frame.
 */
public final class AvatarVideo {
    private AvatarVideo() {}

    /**
     * @param overlay drawn over every frame (the watermark), or null
     * @param progress receives 0–1 as frames are rendered
     */
    public static void encode(
            Presenter p,
            Pose[] poses,
            int size,
            Path audio,
            Path out,
            BufferedImage overlay,
            BooleanSupplier cancelled,
            Duration timeout,
            DoubleConsumer progress)
            throws ToolFailure, InterruptedException {
        BufferedImage background = PresenterPainter.background(p, size);
        FramePipe.encode(
                (f, frame) -> {
                    Graphics2D g = frame.createGraphics();
                    try {
                        g.drawImage(background, 0, 0, null);
                        PresenterPainter.draw(g, p, poses[f], size);
                        if (overlay != null) {
                            g.drawImage(overlay, 0, 0, null);
                        }
                    } finally {
                        g.dispose();
                    }
                },
                poses.length,
                size,
                size,
                AudioFeatures.FPS,
                audio,
                out,
                cancelled,
                timeout,
                progress);
    }
}
