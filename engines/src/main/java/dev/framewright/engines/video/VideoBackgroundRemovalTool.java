package dev.framewright.engines.video;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.background.Cutout;
import dev.framewright.engines.background.Matting;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.process.Subprocess;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * {@code remove-video-background}: WebM (VP9 with alpha, {@code yuva420p}) with the audio kept
 * (Opus). Two paths: when the first frame's border is one flat colour, ffmpeg's {@code chromakey}
 * (+ {@code despill} for green or blue screens) keys the whole clip in one pass; otherwise a {@link
 * Matting} engine computes mattes on key frames (every {@value #KEY_INTERVAL}th frame; every frame
 * of clips up to {@value #KEY_INTERVAL} frames, or when the engine is cheap), the mattes between key
 * frames are interpolated and snapped onto each frame's own edges by a guided filter, and ffmpeg
 * encodes the RGBA frames. Cancellation kills ffmpeg and is checked between frames.
 *
 * <p>Limits: at most {@value #MAX_SECONDS} s and {@value #MAX_SIDE} px on the longer side ({@code
 * input_invalid} otherwise).
 */
public final class VideoBackgroundRemovalTool implements Tool {
    public static final int MAX_SECONDS = 60;
    public static final int MAX_SIDE = 1920;
    static final int KEY_INTERVAL = 12;
    static final double FLAT_BORDER_STD = 10;

    private final String engine;
    private final Matting matting;
    private final boolean everyFrame;
    private final Duration timeout;
    private final Watermark watermark;

    /**
     * @param engine the name this engine reports
     * @param everyFrame run the matting on every frame (cheap engines) instead of key frames only
     */
    public VideoBackgroundRemovalTool(String engine, Matting matting, boolean everyFrame, Duration timeout) {
        this(engine, matting, everyFrame, Watermark.DEFAULT, timeout);
    }

    public VideoBackgroundRemovalTool(
            String engine, Matting matting, boolean everyFrame, Watermark watermark, Duration timeout) {
        this.watermark = watermark;
        this.engine = engine;
        this.matting = matting;
        this.everyFrame = everyFrame;
        this.timeout = timeout;
    }

    @Override
    public ToolType type() {
        return ToolType.REMOVE_VIDEO_BACKGROUND;
    }

    @Override
    public EngineInfo probe() {
        EngineInfo m = matting.probe();
        if (Subprocess.which("ffmpeg").isEmpty()) {
            return EngineInfo.unavailable(engine, m.version(), m.license(), "ffmpeg is not installed");
        }
        Map<String, String> details = new HashMap<>(m.details());
        details.put("output", "WebM VP9 yuva420p + Opus");
        details.put("keyFrames", everyFrame ? "every frame" : "every " + KEY_INTERVAL + "th frame, interpolated");
        details.put("fastPath", "ffmpeg chromakey + despill when the background is one flat colour");
        return new EngineInfo(engine, m.version(), m.license(), m.available(), m.reason(), details);
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        String fileId = ctx.input().path("videoStorageFileId").asText("");
        var info = ctx.inputFile(fileId);
        if (info.durationSeconds() != null && info.durationSeconds() > MAX_SECONDS) {
            throw ToolFailure.inputInvalid("The video is too long for background removal: at most " + MAX_SECONDS
                    + " s (this one is " + Math.round(info.durationSeconds()) + " s)");
        }
        if (info.width() != null && info.height() != null && Math.max(info.width(), info.height()) > MAX_SIDE) {
            throw ToolFailure.inputInvalid(
                    "The video is too large for background removal: at most " + MAX_SIDE + " px on the longer side");
        }
        Path in;
        try {
            in = ctx.inputPath(fileId);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The input could not be read", true, e);
        }
        Path dir = ctx.scratchDir().resolve("vbg-" + ctx.resultIndex());
        Path frames = dir.resolve("frames");
        Path out = ctx.scratchDir().resolve("cutout-" + ctx.resultIndex() + ".webm");
        try {
            Files.createDirectories(frames);
            double duration = info.durationSeconds() == null ? 0 : info.durationSeconds();
            ffmpeg(
                    ctx,
                    List.of(
                            "-i",
                            in.toString(),
                            "-frames:v",
                            "1",
                            dir.resolve("first.png").toString()),
                    0);
            Optional<Integer> key =
                    flatBorder(ImageIO.read(dir.resolve("first.png").toFile()));
            if (key.isPresent() && !ctx.watermark()) {
                chromaKey(ctx, in, key.get(), out, duration);
            } else {
                String fps = FfmpegFilters.frameRate(in);
                ffmpeg(
                        ctx,
                        List.of(
                                "-i",
                                in.toString(),
                                "-map",
                                "0:v:0",
                                "-vsync",
                                "passthrough",
                                frames.resolve("f%06d.png").toString()),
                        0);
                ctx.progress(0.1);
                matteFrames(ctx, frames);
                encode(ctx, frames, fps, in, out, duration);
            }
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, "The video frames could not be processed", true, e);
        }
        ctx.progress(1.0);
        return new ToolOutput(out, FileType.VIDEO, "video/webm", "webm", " (background removed)");
    }

    /** Replaces each frame PNG by its RGBA cut-out. */
    private void matteFrames(ToolContext ctx, Path frames) throws IOException, ToolFailure, InterruptedException {
        List<Path> files;
        try (Stream<Path> s = Files.list(frames)) {
            files = s.sorted().toList();
        }
        int n = files.size();
        int interval = everyFrame || n <= KEY_INTERVAL ? 1 : KEY_INTERVAL;
        Map<Integer, float[]> keys = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (ctx.cancelled() || Thread.currentThread().isInterrupted()) {
                throw new ToolFailure(ErrorCode.ENGINE_FAILED, "Background removal was stopped: the run was cancelled");
            }
            int before = (i / interval) * interval;
            int after = Math.min(n - 1, before + interval);
            BufferedImage frame = ImageIO.read(files.get(i).toFile());
            float[] a = keyMatte(keys, before, files, ctx);
            float[] alpha = a;
            if (i != before) {
                float[] b = keyMatte(keys, after, files, ctx);
                float t = (float) (i - before) / (after - before);
                alpha = new float[a.length];
                for (int p = 0; p < a.length; p++) {
                    alpha[p] = a[p] * (1 - t) + b[p] * t;
                }
                alpha = MatteGuide.snap(frame, alpha);
            }
            keys.keySet().removeIf(k -> k < before);
            BufferedImage cut = Cutout.apply(frame, alpha);
            if (ctx.watermark()) {
                watermark.drawOn(cut);
            }
            ImageIO.write(cut, "png", files.get(i).toFile());
            ctx.progress(0.1 + 0.75 * (i + 1) / n);
        }
    }

    private float[] keyMatte(Map<Integer, float[]> keys, int index, List<Path> files, ToolContext ctx)
            throws IOException, ToolFailure, InterruptedException {
        float[] m = keys.get(index);
        if (m == null) {
            m = matting.alpha(ImageIO.read(files.get(index).toFile()), ctx::cancelled);
            keys.put(index, m);
        }
        return m;
    }

    private void encode(ToolContext ctx, Path frames, String fps, Path in, Path out, double duration)
            throws ToolFailure, InterruptedException {
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
                "1:a:0?"));
        args.addAll(vp9Alpha());
        args.add(out.toString());
        ffmpeg(ctx, args, duration);
    }

    private void chromaKey(ToolContext ctx, Path in, int rgb, Path out, double duration)
            throws ToolFailure, InterruptedException {
        String colour = String.format("0x%06X", rgb & 0xFFFFFF);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        String filter = "format=rgba,chromakey=" + colour + ":0.12:0.04"
                + (g > r + 40 && g > b + 40
                        ? ",despill=type=green"
                        : b > r + 40 && b > g + 40 ? ",despill=type=blue" : "");
        List<String> args =
                new ArrayList<>(List.of("-i", in.toString(), "-map", "0:v:0", "-map", "0:a:0?", "-vf", filter));
        args.addAll(vp9Alpha());
        args.add(out.toString());
        ffmpeg(ctx, args, duration);
    }

    private static List<String> vp9Alpha() {
        return List.of(
                "-c:v",
                "libvpx-vp9",
                "-pix_fmt",
                "yuva420p",
                "-b:v",
                "0",
                "-crf",
                "32",
                "-deadline",
                "good",
                "-cpu-used",
                "5",
                "-row-mt",
                "1",
                "-c:a",
                "libopus",
                "-b:a",
                "96k");
    }

    /** ffmpeg's progress is the last stretch of the run, 85–99%. */
    private void ffmpeg(ToolContext ctx, List<String> args, double duration) throws ToolFailure, InterruptedException {
        FfmpegFilters.run(ctx, args, timeout, duration, 0.85, 0.14);
    }

    /** The border's mean colour when its pixels hardly vary (a studio backdrop or a screen). */
    static Optional<Integer> flatBorder(BufferedImage frame) {
        int w = frame.getWidth();
        int h = frame.getHeight();
        double[] sum = new double[3];
        double[] sq = new double[3];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (x > 1 && y > 1 && x < w - 2 && y < h - 2) {
                    continue;
                }
                int p = frame.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    int v = (p >> (16 - 8 * c)) & 0xFF;
                    sum[c] += v;
                    sq[c] += (double) v * v;
                }
                n++;
            }
        }
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            double mean = sum[c] / n;
            double std = Math.sqrt(Math.max(0, sq[c] / n - mean * mean));
            if (std > FLAT_BORDER_STD) {
                return Optional.empty();
            }
            rgb = rgb << 8 | (int) Math.round(mean);
        }
        return Optional.of(rgb);
    }
}
