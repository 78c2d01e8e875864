package dev.framewright.engines.avatar;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.scene.SceneSeed;
import dev.framewright.engines.video.FfmpegFilters;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code generate-avatar}: a built-in presenter, drawn in Java2D, speaks the given audio. Mouth shapes
 * come from the audio (energy and spectrum per 40 ms frame) or, when the audio has a phone-timings
 * sidecar from our text-to-speech, from the phones; blinks and head motion are seeded. Frames are
 * piped raw to ffmpeg (H.264 + AAC, {@value #SIZE}² px, {@value AudioFeatures#FPS} fps); the clip
 * lasts as long as the audio.
 */
public final class AvatarTool implements Tool {
    public static final String ENGINE = "java2d-presenters";
    public static final String VERSION = "1.0";
    public static final int SIZE = 512;

    private final PhoneTimings timings;
    private final Watermark watermark;
    private final Duration timeout;
    private volatile EngineInfo probed;

    public AvatarTool(PhoneTimings timings, Watermark watermark, Duration timeout) {
        this.timings = timings;
        this.watermark = watermark;
        this.timeout = timeout;
    }

    @Override
    public ToolType type() {
        return ToolType.GENERATE_AVATAR;
    }

    @Override
    public EngineInfo probe() {
        EngineInfo p = probed;
        if (p == null) {
            EngineInfo ff = FfmpegFilters.probe(ENGINE, List.of(), Map.of());
            probed = p = ff.available()
                    ? EngineInfo.available(
                            ENGINE,
                            VERSION,
                            "Apache-2.0 (our code); ffmpeg LGPL/GPL",
                            Map.of(
                                    "presenters",
                                    String.valueOf(Presenters.BUILT_IN.size()) + " built-in, drawn procedurally",
                                    "visemes",
                                    "from audio energy and spectrum per 40 ms; from phone timings when present",
                                    "output",
                                    "MP4 H.264 + AAC, " + SIZE + "x" + SIZE + ", " + AudioFeatures.FPS + " fps",
                                    "ffmpeg",
                                    String.valueOf(ff.version())))
                    : EngineInfo.unavailable(ENGINE, VERSION, ff.license(), ff.reason());
        }
        return p;
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        JsonNode in = ctx.input();
        String presenterId = in.path("avatarPresenterId").asText();
        Presenter presenter = Presenters.find(presenterId)
                .orElseThrow(() -> ToolFailure.inputInvalid("The presenter " + presenterId + " does not exist"));
        String audioId = in.path("audioStorageFileId").asText();
        Path audio;
        try {
            audio = ctx.inputPath(audioId);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The audio could not be read", true, e);
        }
        Pcm pcm = Pcm.decode(audio, ctx.scratchDir(), ctx::cancelled, timeout);
        ctx.progress(0.05);
        List<PhoneTimings.Phone> phones = timings.find(audioId).orElse(null);
        MouthTrack mouth = MouthTrack.of(AudioFeatures.of(pcm), phones);
        String sha = ctx.inputFile(audioId).sha256();
        long seed = SceneSeed.of(presenterId, 1, 1, ctx.resultIndex(), List.of(sha == null ? audioId : sha));
        Pose[] poses = Motion.poses(mouth, seed);
        Path out = ctx.scratchDir().resolve("avatar.mp4");
        AvatarVideo.encode(
                presenter,
                poses,
                SIZE,
                audio,
                out,
                ctx.watermark() ? overlay() : null,
                ctx::cancelled,
                timeout,
                f -> ctx.progress(0.08 + 0.9 * f));
        ctx.progress(1.0);
        return new ToolOutput(
                out, FileType.VIDEO, "video/mp4", "mp4", null, description(presenter, pcm, phones != null));
    }

    private BufferedImage overlay() {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        watermark.drawOn(img);
        return img;
    }

    static String description(Presenter p, Pcm pcm, boolean phones) {
        return String.format(
                java.util.Locale.ROOT,
                "Avatar by %s %s: presenter %s (%s, drawn in Java2D) speaking %.1f s of audio; mouth shapes from %s.",
                ENGINE,
                VERSION,
                p.name(),
                p.id(),
                pcm.seconds(),
                phones ? "the text-to-speech phone timings" : "the audio's energy and spectrum");
    }
}
