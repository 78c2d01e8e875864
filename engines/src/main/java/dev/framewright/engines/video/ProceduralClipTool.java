package dev.framewright.engines.video;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.core.files.FileRecord;
import dev.framewright.engines.generate.ImageInputs;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.scene.AspectSize;
import dev.framewright.engines.scene.Finish;
import dev.framewright.engines.scene.ScenePlan;
import dev.framewright.engines.scene.ScenePrompt;
import dev.framewright.engines.scene.SceneSeed;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code generate-video-clip} offline, in order of the inputs given: a {@code videoFileId} is restyled
 * with ffmpeg filters chosen by the prompt's mood; {@code imageFileIds} are animated with pan/zoom and
 * cross-fades; otherwise the procedural scene of the prompt is animated (parallax, camera move,
 * particles). H.264 at exactly the requested aspect ratio (long side {@value #LONG_SIDE}, even sides),
 * {@value #FPS} fps; with {@code generateAudio} a synthesized ambience is muxed as AAC. Not a
 * diffusion model, and the description says so.
 */
public final class ProceduralClipTool implements Tool {
    public static final String ENGINE = "procedural-clip";
    public static final String VERSION = "1.0";
    static final int LONG_SIDE = 960;
    static final int FPS = 24;
    static final double SCENE_SECONDS = 5;
    static final double MAX_RESTYLE_SECONDS = 60;

    private final Watermark watermark;
    private final Duration timeout;
    private volatile EngineInfo probed;

    public ProceduralClipTool(Watermark watermark, Duration timeout) {
        this.watermark = watermark;
        this.timeout = timeout;
    }

    @Override
    public ToolType type() {
        return ToolType.GENERATE_VIDEO_CLIP;
    }

    @Override
    public EngineInfo probe() {
        EngineInfo p = probed;
        if (p == null) {
            probed = p = FfmpegFilters.probe(
                    ENGINE,
                    List.of("colorbalance", "colorize", "vignette", "lutrgb"),
                    Map.of(
                            "kind",
                            "procedural animation and ffmpeg restyling (Java2D + ffmpeg), not a diffusion model",
                            "modes",
                            "videoFileId → restyle by mood; imageFileIds → pan/zoom with cross-fades; prompt → "
                                    + "animated procedural scene",
                            "output",
                            "MP4 H.264 (+ AAC), long side " + LONG_SIDE + ", exact aspect ratio, " + FPS + " fps",
                            "audio",
                            "generateAudio: synthesized ambience (filtered noise and tones)"));
        }
        return p;
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        JsonNode in = ctx.input();
        String prompt = in.path("prompt").isTextual() ? in.get("prompt").asText() : "";
        int rw = in.path("aspectRatio").path("width").asInt(16);
        int rh = in.path("aspectRatio").path("height").asInt(9);
        AspectSize size = AspectSize.of(rw, rh, LONG_SIDE, true);
        List<String> images = ImageInputs.ids(in);
        String video =
                in.path("videoFileId").isTextual() ? in.get("videoFileId").asText() : null;
        List<String> hashes = new ArrayList<>(ImageInputs.hashes(ctx, images));
        if (video != null) {
            hashes.addAll(ImageInputs.hashes(ctx, List.of(video)));
        }
        ScenePrompt scene = ScenePrompt.parse(prompt);
        long seed = SceneSeed.of("clip\n" + prompt, rw, rh, ctx.resultIndex(), hashes);
        boolean audio = in.path("generateAudio").asBoolean(false);
        Path out = ctx.scratchDir().resolve("clip.mp4");
        String what;
        if (video != null) {
            what = restyle(ctx, video, prompt, scene, size, rw, rh, audio, seed, out);
        } else {
            what = animate(ctx, images, scene, seed, size, audio, out);
        }
        ctx.progress(1.0);
        return new ToolOutput(
                out,
                FileType.VIDEO,
                "video/mp4",
                "mp4",
                null,
                String.format(
                        Locale.ROOT,
                        "Clip by %s %s (not a diffusion model): %s; %d×%d px.",
                        ENGINE,
                        VERSION,
                        what,
                        size.width(),
                        size.height()));
    }

    private String animate(
            ToolContext ctx,
            List<String> images,
            ScenePrompt scene,
            long seed,
            AspectSize size,
            boolean audio,
            Path out)
            throws ToolFailure, InterruptedException {
        int w = size.width(), h = size.height();
        double seconds = images.size() >= 3 ? 6 : SCENE_SECONDS;
        int frames = (int) Math.round(seconds * FPS);
        BufferedImage overlay = overlay(scene, w, h, ctx.watermark(), images.isEmpty());
        FramePipe.FrameSource source;
        String what;
        if (images.isEmpty()) {
            source = new SceneAnimation(ScenePlan.of(scene, seed), w, h, frames, FPS, overlay);
            what = "procedural scene animated with parallax and a camera move (" + scene.summary() + ")";
        } else {
            source = new KenBurns(ImageInputs.decode(ctx, images, Math.max(w, h)), w, h, frames, FPS, seed, overlay);
            what = images.size() + " image(s) animated with pan/zoom" + (images.size() > 1 ? " and cross-fades" : "");
        }
        ctx.progress(0.05);
        Path wav = audio ? ambience(ctx, scene, seconds, seed) : null;
        FramePipe.encode(
                source, frames, w, h, FPS, wav, out, ctx::cancelled, timeout, f -> ctx.progress(0.08 + 0.9 * f));
        return what + (audio ? "; ambience synthesized (" + String.join(", ", Ambience.layers(scene)) + ")" : "");
    }

    private String restyle(
            ToolContext ctx,
            String videoId,
            String prompt,
            ScenePrompt scene,
            AspectSize size,
            int rw,
            int rh,
            boolean audio,
            long seed,
            Path out)
            throws ToolFailure, InterruptedException {
        FileRecord input = ctx.inputFile(videoId);
        Path in = path(ctx, videoId);
        double duration = Math.min(
                MAX_RESTYLE_SECONDS, input.durationSeconds() == null ? MAX_RESTYLE_SECONDS : input.durationSeconds());
        Restyle look = Restyle.of(prompt, scene, size, rw, rh, ctx.watermark() ? watermark.ffmpegFilter() : null);
        boolean sound = VideoAudio.hasAudio(in, ctx::cancelled);
        Path wav = audio && !sound ? ambience(ctx, scene, duration, seed) : null;
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-y", "-i", in.toString()));
        if (wav != null) {
            cmd.addAll(List.of("-i", wav.toString()));
        }
        cmd.addAll(List.of("-map", "0:v:0", "-vf", look.filters(), "-t", String.valueOf(duration)));
        if (sound) {
            cmd.addAll(List.of("-map", "0:a:0"));
        } else if (wav != null) {
            cmd.addAll(List.of("-map", "1:a:0"));
        }
        cmd.addAll(List.of(
                "-c:a",
                "aac",
                "-b:a",
                "128k",
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-crf",
                "21",
                "-movflags",
                "+faststart",
                "-progress",
                "pipe:1",
                "-nostats",
                out.toString()));
        dev.framewright.engines.process.Subprocess.of(cmd)
                .timeout(timeout)
                .cancelledWhen(ctx::cancelled)
                .workingDir(ctx.scratchDir())
                .onStdoutLine(line -> FfmpegUpscaleVideoTool.progress(ctx, line, duration))
                .run();
        return "the video restyled with ffmpeg filters (" + String.join(", ", look.summary()) + ")"
                + (sound
                        ? "; its own audio kept"
                        : wav != null
                                ? "; ambience synthesized (" + String.join(", ", Ambience.layers(scene)) + ")"
                                : "");
    }

    private static Path ambience(ToolContext ctx, ScenePrompt scene, double seconds, long seed) throws ToolFailure {
        Path wav = ctx.scratchDir().resolve("ambience.wav");
        try {
            Ambience.writeWav(Ambience.samples(scene, seconds, seed), wav);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The ambience could not be written", true, e);
        }
        return wav;
    }

    /** Vignette (scenes only), caption and watermark: drawn once, laid over every frame. */
    private BufferedImage overlay(ScenePrompt scene, int w, int h, boolean mark, boolean vignette) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            if (vignette) {
                Finish.vignette(g, w, h);
            }
            Finish.caption(g, scene.caption(), w, h);
        } finally {
            g.dispose();
        }
        if (mark) {
            watermark.drawOn(img);
        }
        return img;
    }

    private static Path path(ToolContext ctx, String fileId) throws ToolFailure {
        try {
            return ctx.inputPath(fileId);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The input could not be read", true, e);
        }
    }
}
