package dev.framewright.engines.sfx;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.audio.AudioEncoder;
import dev.framewright.engines.audio.AudioFormat;
import dev.framewright.engines.audio.Pcm;
import dev.framewright.engines.audio.WavFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code generate-sound-effect} (API.md §2.2) with the procedural engine: the prompt picks a recipe
 * and modifiers ({@link SfxPrompt}), {@link SfxRenderer} synthesises it in pure Java, and the samples
 * become WAV directly or MP3 through ffmpeg. The seed comes from the execution id, the result index
 * and the prompt, so each result of an execution is a variation and a re-run after a crash gives the
 * same bytes. The file's description names the recipe.
 */
public final class SoundEffectTool implements Tool {
    public static final double MIN_SECONDS = 0.5;
    public static final double MAX_SECONDS = 30;

    private final AudioEncoder encoder;

    public SoundEffectTool(AudioEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public ToolType type() {
        return ToolType.GENERATE_SOUND_EFFECT;
    }

    @Override
    public EngineInfo probe() {
        if (encoder.format() == AudioFormat.MP3 && !AudioEncoder.available()) {
            return EngineInfo.unavailable("procedural-sfx", "1", "Apache-2.0", "ffmpeg is not installed (MP3 output)");
        }
        return EngineInfo.available(
                "procedural-sfx",
                "1",
                "Apache-2.0",
                Map.of(
                        "recipes",
                        String.valueOf(Category.values().length),
                        "outputFormat",
                        encoder.format().extension()));
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        String prompt = ctx.input().path("prompt").asText();
        SfxSpec spec = SfxPrompt.parse(prompt);
        double seconds = seconds(
                spec,
                ctx.input().path("durationSeconds").isNumber()
                        ? ctx.input().path("durationSeconds").asDouble()
                        : null);
        double influence = ctx.input().path("promptInfluence").asDouble(0.3);
        Pcm pcm = SfxRenderer.render(spec, seconds, influence, seed(ctx.executionId(), ctx.resultIndex(), prompt));
        ctx.progress(0.7);
        if (ctx.cancelled()) {
            throw ToolFailure.engineFailed("The sound effect was stopped: the run was cancelled");
        }
        Path out = ctx.scratchDir().resolve("sound." + encoder.format().extension());
        try {
            if (encoder.format() == AudioFormat.WAV) {
                WavFile.write(out, pcm);
            } else {
                Path wav = ctx.scratchDir().resolve("render.wav");
                WavFile.write(wav, pcm);
                encoder.encode(wav, out, List.of(), false, ctx::cancelled);
            }
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The sound could not be written", true, e);
        }
        ctx.progress(1.0);
        return new ToolOutput(
                        out,
                        FileType.AUDIO,
                        encoder.format().contentType(),
                        encoder.format().extension(),
                        null)
                .withDescription(description(spec, seconds));
    }

    /** The length: the request's, else the prompt's, else the recipe's natural one (1–10 s), clamped. */
    static double seconds(SfxSpec spec, Double requested) {
        if (requested != null) {
            return clamp(requested, MIN_SECONDS, MAX_SECONDS);
        }
        if (spec.promptSeconds() != null) {
            return clamp(spec.promptSeconds(), MIN_SECONDS, MAX_SECONDS);
        }
        double natural = spec.category().naturalSeconds() * (spec.has(Modifier.BIG) ? 1.25 : 1);
        return clamp(natural, 1, 10);
    }

    static String description(SfxSpec spec, double seconds) {
        String recipe = spec.recognised()
                ? spec.recipe()
                : spec.recipe() + ", as no sound category was recognised in the prompt";
        return String.format(
                Locale.ROOT,
                "Procedural sound effect, recipe: %s; %.1f s. Prompt: %s",
                recipe,
                seconds,
                spec.prompt().strip());
    }

    /** The first 8 bytes of SHA-256(execution id, result index, prompt). */
    static long seed(String executionId, int resultIndex, String prompt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((executionId + "\n" + resultIndex + "\n" + prompt).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
