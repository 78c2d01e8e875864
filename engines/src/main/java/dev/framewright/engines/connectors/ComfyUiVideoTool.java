package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.generate.ImageInputs;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.process.Subprocess;
import dev.framewright.engines.scene.AspectSize;
import dev.framewright.engines.scene.ScenePrompt;
import dev.framewright.engines.scene.SceneSeed;
import dev.framewright.engines.video.Ambience;
import dev.framewright.engines.video.VideoAudio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code generate-video-clip} through ComfyUI with the operator's video workflow (API format), over the
 * same protocol as the image engine ({@link ComfyUi}). The template may use {@code {{prompt}}}, {@code
 * {{seed}}}, {@code {{width}}}, {@code {{height}}}, {@code {{image}}} (the first of {@code
 * imageFileIds}, uploaded) and {@code {{video}}} (the {@code videoFileId}, uploaded). The first output
 * file that is a video ({@code .mp4}, {@code .webm}, {@code .mov}, {@code .mkv}, {@code .gif} — as
 * written by SaveVideo, SaveWEBM or VideoHelperSuite's Video Combine) is fetched, then ffmpeg scales and
 * crops it to exactly the requested aspect ratio (long side {@value #LONG_SIDE}), burns in the watermark
 * when required and encodes H.264 + AAC; with {@code generateAudio} a clip without sound gets the
 * synthesized ambience of the prompt.
 */
public final class ComfyUiVideoTool implements Tool {
    public static final String ENGINE = "comfyui-video";
    /** Largest clip accepted from ComfyUI. */
    public static final long DEFAULT_MAX_BYTES = 512L << 20;

    static final int LONG_SIDE = 960;
    static final int GENERATE_LONG_SIDE = 832;
    static final double DEFAULT_SECONDS = 5;

    private final Endpoint endpoint;
    private final Outbound outbound;
    private final long maxBytes;

    private final Watermark watermark;

    public ComfyUiVideoTool(Endpoint endpoint, Outbound outbound, long maxBytes) {
        this(endpoint, outbound, Watermark.DEFAULT, maxBytes);
    }

    public ComfyUiVideoTool(Endpoint endpoint, Outbound outbound, Watermark watermark, long maxBytes) {
        this.watermark = watermark;
        this.endpoint = endpoint;
        this.outbound = outbound;
        this.maxBytes = maxBytes;
    }

    @Override
    public ToolType type() {
        return ToolType.GENERATE_VIDEO_CLIP;
    }

    @Override
    public EngineInfo probe() {
        if (!endpoint.configured()) {
            return EngineInfo.unavailable(
                    ENGINE,
                    null,
                    null,
                    "not configured (set FRAMEWRIGHT_COMFYUI_URL and FRAMEWRIGHT_COMFYUI_VIDEO_WORKFLOW)");
        }
        if (endpoint.model() == null || !Files.isReadable(Path.of(endpoint.model()))) {
            return EngineInfo.unavailable(
                    ENGINE,
                    null,
                    null,
                    "the video workflow template (FRAMEWRIGHT_COMFYUI_VIDEO_WORKFLOW) is missing or unreadable");
        }
        if (Subprocess.which("ffmpeg").isEmpty()) {
            return EngineInfo.unavailable(
                    ENGINE, null, null, "ffmpeg is not installed (it checks and encodes the clip)");
        }
        Map<String, String> details = new TreeMap<>();
        details.put("kind", "connector to ComfyUI (the operator's video workflow, a remote generative model)");
        details.put("host", String.valueOf(endpoint.baseUrl().getHost()));
        details.put("workflow", Path.of(endpoint.model()).getFileName().toString());
        details.put("output", "MP4 H.264 (+ AAC), long side " + LONG_SIDE + ", exact aspect ratio");
        return EngineInfo.available(ENGINE, "remote", "the service's own terms", details);
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        JsonNode in = ctx.input();
        String prompt = in.path("prompt").isTextual() ? in.get("prompt").asText() : "";
        int rw = in.path("aspectRatio").path("width").asInt(16);
        int rh = in.path("aspectRatio").path("height").asInt(9);
        List<String> images = ImageInputs.ids(in);
        String video =
                in.path("videoFileId").isTextual() ? in.get("videoFileId").asText() : null;
        List<String> hashes = new ArrayList<>(ImageInputs.hashes(ctx, images));
        if (video != null) {
            hashes.addAll(ImageInputs.hashes(ctx, List.of(video)));
        }
        long seed = SceneSeed.of("clip\n" + prompt, rw, rh, ctx.resultIndex(), hashes) & 0x7fffffffL;
        AspectSize ask = AspectSize.of(rw, rh, GENERATE_LONG_SIDE);
        AspectSize size = AspectSize.of(rw, rh, LONG_SIDE, true);
        boolean audio = in.path("generateAudio").asBoolean(false);

        Remote remote = new Remote(outbound, ctx, "ComfyUI", endpoint.timeout());
        ComfyUi comfy = new ComfyUi(endpoint, outbound);
        ctx.progress(0.02);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("prompt", prompt);
        values.put("seed", seed);
        values.put("width", ask.width() / 8 * 8);
        values.put("height", ask.height() / 8 * 8);
        if (!images.isEmpty()) {
            values.put(
                    "image", comfy.upload(remote, path(ctx, images.getFirst()), "png", "image/png", "imageFileIds[0]"));
        }
        if (video != null) {
            String type = ctx.inputFile(video).contentType();
            String ext = "video/webm".equals(type) ? "webm" : "video/quicktime".equals(type) ? "mov" : "mp4";
            values.put(
                    "video",
                    comfy.upload(remote, path(ctx, video), ext, type == null ? "video/mp4" : type, "videoFileId"));
        }
        String id = comfy.queue(remote, comfy.workflow(values));
        Path raw = comfy.result(
                ctx, remote, id, ComfyUi.VIDEO, "video", ctx.scratchDir().resolve("remote.video"), maxBytes);
        remote.check();
        ctx.progress(0.88);
        Path out = ctx.scratchDir().resolve("clip.mp4");
        boolean ambience = encode(ctx, remote, raw, size, audio, prompt, seed, out);
        ctx.progress(1.0);
        return new ToolOutput(
                out,
                FileType.VIDEO,
                "video/mp4",
                "mp4",
                null,
                String.format(
                        Locale.ROOT,
                        "Generated by ComfyUI (workflow %s) through the %s connector; seed %d; %d×%d px%s.",
                        Path.of(endpoint.model()).getFileName(),
                        ENGINE,
                        seed,
                        size.width(),
                        size.height(),
                        ambience
                                ? "; ambience synthesized ("
                                        + String.join(", ", Ambience.layers(ScenePrompt.parse(prompt))) + ")"
                                : ""));
    }

    /** Encodes the final clip; returns whether a synthesized ambience was added. */
    private boolean encode(
            ToolContext ctx,
            Remote remote,
            Path raw,
            AspectSize size,
            boolean audio,
            String prompt,
            long seed,
            Path out)
            throws ToolFailure, InterruptedException {
        boolean sound;
        double seconds;
        try {
            sound = VideoAudio.hasAudio(raw, remote::cancelled);
            seconds = VideoAudio.seconds(raw, remote::cancelled).orElse(DEFAULT_SECONDS);
        } catch (ToolFailure f) {
            throw notAVideo(remote, f);
        }
        Path wav = null;
        if (audio && !sound) {
            wav = ctx.scratchDir().resolve("ambience.wav");
            try {
                Ambience.writeWav(Ambience.samples(ScenePrompt.parse(prompt), Math.min(seconds, 600), seed), wav);
            } catch (IOException e) {
                throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The ambience could not be written", true, e);
            }
        }
        String filters = "scale=" + size.width() + ":" + size.height() + ":force_original_aspect_ratio=increase,crop="
                + size.width() + ":" + size.height() + ",setsar=1"
                + (ctx.watermark() ? "," + watermark.ffmpegFilter() : "") + ",format=yuv420p";
        List<String> cmd = new ArrayList<>(List.of(
                "ffmpeg",
                "-nostdin",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-i",
                "file:" + raw.toAbsolutePath()));
        if (wav != null) {
            cmd.addAll(List.of("-i", "file:" + wav.toAbsolutePath()));
        }
        cmd.addAll(List.of("-map", "0:v:0", "-vf", filters));
        if (sound) {
            cmd.addAll(List.of("-map", "0:a:0"));
        } else if (wav != null) {
            cmd.addAll(List.of("-map", "1:a:0", "-shortest"));
        }
        cmd.addAll(List.of(
                "-c:v",
                "libx264",
                "-preset",
                "veryfast",
                "-crf",
                "21",
                "-c:a",
                "aac",
                "-b:a",
                "128k",
                "-movflags",
                "+faststart",
                "-f",
                "mp4",
                "file:" + out.toAbsolutePath()));
        try {
            Subprocess.of(cmd)
                    .timeout(endpoint.timeout())
                    .cancelledWhen(remote::cancelled)
                    .run();
        } catch (ToolFailure f) {
            throw notAVideo(remote, f);
        }
        return wav != null;
    }

    private static ToolFailure notAVideo(Remote remote, ToolFailure f) {
        if (f.code() == ErrorCode.ENGINE_FAILED && !remote.cancelled()) {
            return new ToolFailure(ErrorCode.ENGINE_FAILED, "ComfyUI returned something that is not a video", false, f);
        }
        return f;
    }

    private static Path path(ToolContext ctx, String id) throws ToolFailure {
        try {
            return ctx.inputPath(id);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "An input file could not be read", true, e);
        }
    }
}
