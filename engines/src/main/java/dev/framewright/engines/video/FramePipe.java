package dev.framewright.engines.video;

import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Encodes frames drawn in Java2D: each frame is drawn into one reused BGR image and its bytes are
 * piped raw to ffmpeg's stdin (H.264, yuv420p, MP4 with faststart), with an optional audio file muxed
 * as AAC. Cancellation and the timeout kill ffmpeg; drawing stops at the next frame.
 */
public final class FramePipe {
    /** Draws frame {@code index} into {@code frame} (a {@code TYPE_3BYTE_BGR} image, to be fully overwritten). */
    @FunctionalInterface
    public interface FrameSource {
        void draw(int index, BufferedImage frame) throws ToolFailure;
    }

    private FramePipe() {}

    /**
     * @param audio a file whose first audio stream is muxed (AAC), or null for a silent clip
     * @param progress receives 0–1 as frames are drawn
     */
    public static void encode(
            FrameSource source,
            int frames,
            int width,
            int height,
            int fps,
            Path audio,
            Path out,
            BooleanSupplier cancelled,
            Duration timeout,
            DoubleConsumer progress)
            throws ToolFailure, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                "ffmpeg",
                "-hide_banner",
                "-y",
                "-f",
                "rawvideo",
                "-pix_fmt",
                "bgr24",
                "-s",
                width + "x" + height,
                "-r",
                String.valueOf(fps),
                "-i",
                "pipe:0"));
        if (audio != null) {
            cmd.addAll(
                    List.of("-i", audio.toString(), "-map", "0:v:0", "-map", "1:a:0", "-c:a", "aac", "-b:a", "128k"));
        }
        cmd.addAll(List.of(
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-crf",
                "21",
                "-pix_fmt",
                "yuv420p",
                "-movflags",
                "+faststart",
                "-nostats",
                out.toString()));
        Subprocess.of(cmd)
                .timeout(timeout)
                .cancelledWhen(cancelled)
                .workingDir(out.getParent())
                .stdinFrom(stdin -> {
                    BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
                    byte[] bytes = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
                    int step = Math.max(1, frames / 20);
                    for (int f = 0; f < frames; f++) {
                        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                            return;
                        }
                        source.draw(f, frame);
                        stdin.write(bytes);
                        if (f % step == 0) {
                            progress.accept((double) f / frames);
                        }
                    }
                })
                .run();
    }
}
