package dev.framewright.engines.avatar;

import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    public static void encode(Presenter p, Pose[] poses, int size, Path audio, Path out, BufferedImage overlay,
            BooleanSupplier cancelled, Duration timeout, DoubleConsumer progress) throws ToolFailure, InterruptedException {
        BufferedImage background = PresenterPainter.background(p, size);
        List<String> cmd = List.of("ffmpeg", "-hide_banner", "-y", "-f", "rawvideo", "-pix_fmt", "bgr24", "-s",
                size + "x" + size, "-r", String.valueOf(AudioFeatures.FPS), "-i", "pipe:0", "-i", audio.toString(),
                "-map", "0:v:0", "-map", "1:a:0", "-c:v", "libx264", "-preset", "veryfast", "-crf", "21", "-pix_fmt",
                "yuv420p", "-c:a", "aac", "-b:a", "128k", "-ac", "1", "-movflags", "+faststart", "-nostats",
                out.toString());
        Subprocess.of(cmd)
                .timeout(timeout)
                .cancelledWhen(cancelled)
                .workingDir(out.getParent())
                .stdinFrom(stdin -> {
                    BufferedImage frame = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
                    byte[] bytes = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
                    for (int f = 0; f < poses.length; f++) {
                        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                            return;
                        }
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
                        stdin.write(bytes);
                        if (f % AudioFeatures.FPS == 0) {
                            progress.accept((double) f / poses.length);
                        }
                    }
                })
                .run();
    }
}
