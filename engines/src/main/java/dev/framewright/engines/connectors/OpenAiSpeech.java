package dev.framewright.engines.connectors;

import dev.framewright.contract.Gender;
import dev.framewright.contract.TtsVoice;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.speech.SpeechEngine;
import dev.framewright.engines.speech.SpeechVoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * An OpenAI-compatible speech API (OpenAI, LocalAI, …): {@code POST /v1/audio/speech} with {@code
 * {model, input, voice, response_format: "wav", speed}} answers the audio bytes. Its voices are the
 * configured names, listed first in the catalogue (so its first voice becomes the default) and marked
 * as speaking every language. Speed is applied by the service.
 */
public final class OpenAiSpeech implements SpeechEngine {
    public static final String NAME = "openai-speech";
    private static final Map<String, Gender> GENDERS = Map.of(
            "alloy",
            Gender.NEUTRAL,
            "echo",
            Gender.MALE,
            "fable",
            Gender.MALE,
            "onyx",
            Gender.MALE,
            "nova",
            Gender.FEMALE,
            "shimmer",
            Gender.FEMALE,
            "ash",
            Gender.MALE,
            "coral",
            Gender.FEMALE,
            "sage",
            Gender.FEMALE);

    private final ConnectorSettings settings;
    private final ConnectorHttp http;

    public OpenAiSpeech(ConnectorSettings settings, ConnectorHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int maxPartChars() {
        return 4000; // the API takes at most 4096 characters
    }

    @Override
    public Discovery discover() {
        if (!settings.openAi()) {
            return Discovery.none();
        }
        List<SpeechVoice> voices = new ArrayList<>();
        for (String name : settings.openAiVoices()) {
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
            if (slug.isEmpty() || slug.length() > 57) {
                continue;
            }
            TtsVoice wire = new TtsVoice(
                    "vg_voic_openai_" + slug,
                    Character.toUpperCase(name.charAt(0)) + name.substring(1) + " ("
                            + settings.openAiUrl().getHost() + ")",
                    "en-US",
                    GENDERS.getOrDefault(slug, Gender.NEUTRAL),
                    null,
                    "Voice " + name + " of the OpenAI-compatible speech service at "
                            + settings.openAiUrl().getHost() + ", model " + settings.openAiModel(),
                    true,
                    true,
                    false);
            voices.add(new SpeechVoice(wire, NAME, name, "en", -10));
        }
        return new Discovery(settings.openAiModel(), "the service's terms", voices);
    }

    @Override
    public List<Part> synthesize(
            SpeechVoice voice,
            List<String> parts,
            double speed,
            Path dir,
            IntConsumer partDone,
            BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("model", settings.openAiModel());
            body.put("input", parts.get(i));
            body.put("voice", voice.engineVoice());
            body.put("response_format", "wav");
            body.put("speed", speed);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            if (settings.openAiKey() != null) {
                headers.put("Authorization", "Bearer " + settings.openAiKey());
            }
            ConnectorHttp.Response r = RemoteCalls.call(
                    http,
                    new ConnectorHttp.Request(
                            "POST",
                            ConnectorSettings.at(settings.openAiUrl(), "/v1/audio/speech"),
                            headers,
                            RemoteCalls.json(body),
                            settings.timeout()),
                    cancelled,
                    "The speech service");
            Path wav = dir.resolve("part-" + i + ".wav");
            RemoteCalls.toWav(r.body(), wav, settings.timeout(), cancelled, "The speech service");
            out.add(new Part(wav, List.of(), true));
            partDone.accept(i);
        }
        return out;
    }
}
