package dev.framewright.engines.video;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.core.files.FileRecord;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.process.Subprocess;
import dev.framewright.engines.upscale.Esrgan;
import dev.framewright.engines.upscale.EsrganUpscaleTool;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * {@code upscale-video} with ffmpeg: ×2 with {@code zscale} (spline36) and {@code cas} sharpening,
 * H.264 video, audio copied (AAC when the container needs it), progress read from {@code -progress
 * pipe:1}. Cancellation and timeouts kill the ffmpeg process tree.
 */
public final class FfmpegUpscaleVideoTool implements Tool {
    /** Largest input side: the ×2 output stays within 4096 px. */
    public static final int MAX_INPUT_SIDE = 2048;

    private final Watermark watermark;
    private final Duration timeout;
    private final Esrgan esrgan;
    private final int esrganMaxSeconds;
    private volatile EngineInfo probed;

    public FfmpegUpscaleVideoTool(Duration timeout) {
        this(Watermark.DEFAULT, timeout, null, 0);
    }

    /**
     * @param esrgan the ESRGAN model for the per-frame path, or null
     * @param esrganMaxSeconds clips up to this long (and up to {@link EsrganUpscaleTool#MAX_MODEL_PIXELS}
     *     a frame) are upscaled frame by frame by ESRGAN when its model is installed; 0 = never
     */
    public FfmpegUpscaleVideoTool(Watermark watermark, Duration timeout, Esrgan esrgan, int esrganMaxSeconds) {
        this.watermark = watermark;
        this.esrgan = esrgan;
        this.esrganMaxSeconds = esrganMaxSeconds;
        this.timeout = timeout;
    }

    @Override
    public ToolType type() {
        return ToolType.UPSCALE_VIDEO;
    }

    @Override
    public EngineInfo probe() {
        EngineInfo p = probed;
        if (p == null) {
            probed = p = FfmpegFilters.probe(
                    "ffmpeg-zscale-cas",
                    List.of("zscale", "cas"),
                    Map.of(
                            "scale",
                            "2",
                            "filter",
                            "zscale spline36 + cas",
                            "codec",
                            "libx264",
                            "esrganPerFrame",
                            esrganMaxSeconds == 0
                                    ? "off (upscale-video-esrgan-max-seconds = 0)"
                                    : esrgan != null && esrgan.present()
                                            ? "clips up to " + esrganMaxSeconds + " s: ESRGAN ×4 then Lanczos3 to ×2"
                                                    + " on every frame"
                                            : "off: the ESRGAN model is not installed"));
        }
        return p;
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        String fileId = ctx.input().get("videoStorageFileId").asText();
        FileRecord input = ctx.inputFile(fileId);
        if (input.width() != null
                && input.height() != null
                && Math.max(input.width(), input.height()) > MAX_INPUT_SIDE) {
            throw ToolFailure.inputInvalid("The video is too large to upscale: at most " + MAX_INPUT_SIDE
                    + " px on the longer side (this one is " + input.width() + "×" + input.height() + ")");
        }
        Path in;
        try {
            in = ctx.inputPath(fileId);
        } catch (java.io.IOException e) {
            throw new ToolFailure(
                    dev.framewright.contract.ErrorCode.INTERNAL_ERROR, "The input could not be read", true, e);
        }
        Path out = ctx.scratchDir().resolve("upscaled.mp4");
        double duration = input.durationSeconds() == null ? 0 : input.durationSeconds();
        boolean mp4Family = "video/mp4".equals(input.contentType()) || "video/quicktime".equals(input.contentType());
        if (perFrame(input, duration)) {
            esrganFrames(ctx, in, out, duration, mp4Family);
            ctx.progress(1.0);
            return new ToolOutput(out, FileType.VIDEO, "video/mp4", "mp4", " (upscaled)");
        }
        String filters = "zscale=w=iw*2:h=ih*2:filter=spline36,cas=strength=0.4,format=yuv420p"
                + (ctx.watermark() ? "," + watermark.ffmpegFilter() : "");
        List<String> cmd = new ArrayList<>(List.of(
                "ffmpeg",
                "-hide_banner",
                "-nostdin",
                "-y",
                "-i",
                in.toString(),
                "-map",
                "0:v:0",
                "-map",
                "0:a:0?",
                "-vf",
                filters,
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-crf",
                "18"));
        cmd.addAll(mp4Family ? List.of("-c:a", "copy") : List.of("-c:a", "aac", "-b:a", "160k"));
        cmd.addAll(List.of("-movflags", "+faststart", "-progress", "pipe:1", "-nostats", out.toString()));
        Subprocess.of(cmd)
                .timeout(timeout)
                .cancelledWhen(ctx::cancelled)
                .onStdoutLine(line -> progress(ctx, line, duration))
                .run();
        ctx.progress(1.0);
        return new ToolOutput(out, FileType.VIDEO, "video/mp4", "mp4", " (upscaled)");
    }

    private boolean perFrame(FileRecord input, double duration) {
        return esrganMaxSeconds > 0
                && esrgan != null
                && duration > 0
                && duration <= esrganMaxSeconds
                && input.width() != null
                && input.height() != null
                && (long) input.width() * input.height() <= EsrganUpscaleTool.MAX_MODEL_PIXELS
                && esrgan.present();
    }

    /**
     * The per-frame path: frames out as PNG, each ×2 through ESRGAN (tiled, so memory stays flat), then
     * encoded at the source frame rate with the source's audio. Progress follows the frames (5–90%),
     * then the encoder; cancellation is checked between tiles and kills ffmpeg.
     */
    private void esrganFrames(ToolContext ctx, Path in, Path out, double duration, boolean mp4Family)
            throws ToolFailure, InterruptedException {
        Path frames = ctx.scratchDir().resolve("frames-" + ctx.resultIndex());
        try {
            Files.createDirectories(frames);
            String fps = FfmpegFilters.frameRate(in);
            FfmpegFilters.run(
                    ctx,
                    List.of(
                            "-i",
                            in.toString(),
                            "-map",
                            "0:v:0",
                            "-vsync",
                            "passthrough",
                            frames.resolve("f%06d.png").toString()),
                    timeout,
                    0,
                    0,
                    0);
            List<Path> files;
            try (Stream<Path> s = Files.list(frames)) {
                files = s.sorted().toList();
            }
            int n = files.size();
            ctx.progress(0.05);
            for (int i = 0; i < n; i++) {
                if (ctx.cancelled()) {
                    throw new ToolFailure(ErrorCode.ENGINE_FAILED, "Upscaling was stopped: the run was cancelled");
                }
                int done = i;
                BufferedImage frame = ImageIO.read(files.get(i).toFile());
                BufferedImage up = EsrganUpscaleTool.x2(
                        esrgan, frame, f -> ctx.progress(0.05 + 0.85 * (done + f) / n), ctx::cancelled);
                if (ctx.watermark()) {
                    watermark.drawOn(up);
                }
                ImageIO.write(up, "png", files.get(i).toFile());
            }
            List<String> args = new ArrayList<>(List.of(
                    "-framerate",
                    fps,
                    "-i",
                    frames.resolve("f%06d.png").toString(),
                    "-i",
                    in.toString(),
                    "-map",
                    "0:v:0",
                    "-map",
                    "1:a:0?",
                    "-c:v",
                    "libx264",
                    "-preset",
                    "veryfast",
                    "-crf",
                    "18",
                    "-pix_fmt",
                    "yuv420p"));
            args.addAll(mp4Family ? List.of("-c:a", "copy") : List.of("-c:a", "aac", "-b:a", "160k"));
            args.addAll(List.of("-movflags", "+faststart", out.toString()));
            FfmpegFilters.run(ctx, args, timeout, duration, 0.9, 0.1);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The video frames could not be processed", true, e);
        }
    }

    /** ffmpeg's {@code -progress} prints {@code out_time_us=<microseconds>} lines. */
    static void progress(ToolContext ctx, String line, double durationSeconds) {
        Optional<Double> seconds = FfmpegFilters.outTimeSeconds(line);
        if (seconds.isPresent() && durationSeconds > 0) {
            ctx.progress(Math.min(0.99, seconds.get() / durationSeconds));
        }
    }
}
