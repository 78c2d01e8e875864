package dev.framewright.engines.video;

import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.core.files.FileRecord;
import dev.framewright.engines.process.Subprocess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code upscale-video} with ffmpeg: ×2 with {@code zscale} (spline36) and {@code cas} sharpening,
 * H.264 video, audio copied (AAC when the container needs it), progress read from {@code -progress
 * pipe:1}. Cancellation and timeouts kill the ffmpeg process tree.
 */
public final class FfmpegUpscaleVideoTool implements Tool {
    /** Largest input side: the ×2 output stays within 4096 px. */
    public static final int MAX_INPUT_SIDE = 2048;

    /** The watermark as an ffmpeg filter: the text at the bottom right, on a translucent box. */
    public static final String WATERMARK = "drawtext=text='Framewright':fontcolor=white@0.65:fontsize=h/18"
            + ":x=w-tw-h/40:y=h-th-h/40:box=1:boxcolor=black@0.3:boxborderw=6";

    private final Duration timeout;
    private volatile EngineInfo probed;

    public FfmpegUpscaleVideoTool(Duration timeout) {
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
                    Map.of("scale", "2", "filter", "zscale spline36 + cas", "codec", "libx264"));
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
        String filters = "zscale=w=iw*2:h=ih*2:filter=spline36,cas=strength=0.4,format=yuv420p"
                + (ctx.watermark() ? "," + WATERMARK : "");
        boolean mp4Family = "video/mp4".equals(input.contentType()) || "video/quicktime".equals(input.contentType());
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

    /** ffmpeg's {@code -progress} prints {@code out_time_us=<microseconds>} lines. */
    static void progress(ToolContext ctx, String line, double durationSeconds) {
        Optional<Double> seconds = FfmpegFilters.outTimeSeconds(line);
        if (seconds.isPresent() && durationSeconds > 0) {
            ctx.progress(Math.min(0.99, seconds.get() / durationSeconds));
        }
    }
}
