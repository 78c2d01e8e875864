package dev.framewright.engines.speech;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.audio.AudioEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@code text-to-speech} (API.md §2.2) over the {@link VoiceCatalog}'s engines: the text is prepared
 * ({@link SpeechText}), cut into parts at sentence boundaries, spoken by the voice's engine, joined
 * without clicks ({@link PartJoiner}), time-stretched to the requested speed and take ({@link
 * Delivery}), loudness-normalised and encoded ({@link AudioEncoder}). When the engine reports phone
 * timings they are stored with the file as the {@value PhoneTimings#SIDECAR} sidecar.
 */
public final class TextToSpeechTool implements Tool {
    private final VoiceCatalog catalog;
    private final Map<String, SpeechEngine> engines = new LinkedHashMap<>();
    private final AudioEncoder encoder;

    /** @param engines the engines the catalogue was discovered from */
    public TextToSpeechTool(VoiceCatalog catalog, List<SpeechEngine> engines, AudioEncoder encoder) {
        this.catalog = catalog;
        engines.forEach(e -> this.engines.put(e.name(), e));
        this.encoder = encoder;
    }

    @Override
    public ToolType type() {
        return ToolType.TEXT_TO_SPEECH;
    }

    @Override
    public EngineInfo probe() {
        var def = catalog.defaultSpeechVoice();
        if (def.isEmpty()) {
            return EngineInfo.unavailable(
                    "festival", null, null, "no speech engine is installed (festival, flite or espeak-ng)");
        }
        if (!AudioEncoder.available()) {
            return EngineInfo.unavailable(def.get().engine(), null, null, "ffmpeg is not installed");
        }
        SpeechEngine.Discovery d = catalog.engines().get(def.get().engine());
        StringJoiner installed = new StringJoiner(", ");
        StringJoiner licenses = new StringJoiner("; ");
        catalog.engines().forEach((name, found) -> {
            if (!found.voices().isEmpty()) {
                installed.add(name + (found.version() == null ? "" : " " + found.version()) + " ("
                        + found.voices().size() + " voices)");
                if (found.license() != null) {
                    licenses.add(found.license());
                }
            }
        });
        return EngineInfo.available(
                def.get().engine(),
                d.version(),
                licenses.toString(),
                Map.of(
                        "defaultVoice", def.get().id(),
                        "voices", String.valueOf(catalog.ttsVoices().size()),
                        "engines", installed.toString(),
                        "outputFormat", encoder.format().extension()));
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        SpeechRequest req = SpeechRequest.from(ctx.input());
        SpeechVoice voice = catalog.resolve(req.voiceId(), req.speechLanguageCode())
                .orElseThrow(() -> new ToolFailure(
                        ErrorCode.ENGINE_UNAVAILABLE, "The voice is no longer installed on this server"));
        SpeechEngine engine = engines.get(voice.engine());
        if (engine == null) {
            throw new ToolFailure(ErrorCode.ENGINE_UNAVAILABLE, "The engine of this voice is not available");
        }
        String text = SpeechText.prepare(req.ttsText(), req.replacements(), req.expandEnglish(voice));
        List<String> parts = SentenceSplitter.parts(text, engine.maxPartChars());
        if (parts.isEmpty()) {
            throw ToolFailure.inputInvalid("Nothing is left to speak after the pronunciation replacements");
        }
        Path dir = mkdirs(ctx.scratchDir().resolve("parts"));
        List<SpeechEngine.Part> spoken = engine.synthesize(
                voice, parts, req.voiceSpeed(), dir, i -> ctx.progress(0.85 * (i + 1) / parts.size()), ctx::cancelled);
        Path joined = ctx.scratchDir().resolve("joined.wav");
        PartJoiner.Joined track;
        try {
            track = PartJoiner.join(spoken, joined);
        } catch (IOException e) {
            throw ToolFailure.engineFailed("The speech engine's audio could not be read: " + e.getMessage());
        }
        Delivery delivery = Delivery.of(req.voiceSpeed(), spoken.getFirst().speedApplied(), ctx.resultIndex());
        Path out = ctx.scratchDir().resolve("speech." + encoder.format().extension());
        encoder.encode(joined, out, delivery.filters(track.rate()), true, ctx::cancelled);
        ctx.progress(1.0);
        ToolOutput result = new ToolOutput(
                out,
                FileType.AUDIO,
                encoder.format().contentType(),
                encoder.format().extension(),
                null);
        if (track.phones().isEmpty()) {
            return result;
        }
        Path timings = ctx.scratchDir().resolve(PhoneTimings.SIDECAR);
        try {
            PhoneTimings.write(timings, voice, track.phones(), delivery.tempo());
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The phone timings could not be written", true, e);
        }
        return result.withSidecar(PhoneTimings.SIDECAR, timings);
    }

    private static Path mkdirs(Path dir) throws ToolFailure {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The scratch folder could not be created", true, e);
        }
    }
}
