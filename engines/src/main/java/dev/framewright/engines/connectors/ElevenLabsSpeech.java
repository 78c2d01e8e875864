package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.Gender;
import dev.framewright.contract.TtsVoice;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.speech.SpeechEngine;
import dev.framewright.engines.speech.SpeechVoice;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ElevenLabs text to speech: the voices come from {@code GET /v1/voices} at start; speech from {@code
 * POST /v1/text-to-speech/{voice_id}} with {@code {text, model_id}} and the {@code xi-api-key} header,
 * answered as MP3 and decoded here. Its voices are listed first and speak every language of the
 * multilingual model. Speed is applied afterwards (the service's own range is narrower).
 */
public final class ElevenLabsSpeech implements SpeechEngine {
    public static final String NAME = "elevenlabs";
    private static final Logger log = LoggerFactory.getLogger(ElevenLabsSpeech.class);

    private final ConnectorSettings settings;
    private final ConnectorHttp http;

    public ElevenLabsSpeech(ConnectorSettings settings, ConnectorHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int maxPartChars() {
        return 2500;
    }

    @Override
    public Discovery discover() {
        if (!settings.elevenLabs()) {
            return Discovery.none();
        }
        try {
            ConnectorHttp.Response r = RemoteCalls.call(
                    http,
                    new ConnectorHttp.Request(
                            "GET",
                            ConnectorSettings.at(settings.elevenLabsUrl(), "/v1/voices"),
                            Map.of("xi-api-key", settings.elevenLabsKey(), "Accept", "application/json"),
                            null,
                            settings.timeout()),
                    () -> false,
                    "ElevenLabs");
            return new Discovery(
                    settings.elevenLabsModel(), "the service's terms", voices(RemoteCalls.parse(r.body())));
        } catch (ToolFailure | IOException e) {
            log.warn("ElevenLabs voices could not be listed; its voices are left out: {}", e.getMessage());
            return Discovery.none();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Discovery.none();
        }
    }

    /** {@code {voices: [{voice_id, name, description, labels: {gender, accent, description}}]}}. */
    static List<SpeechVoice> voices(JsonNode root) {
        List<SpeechVoice> out = new ArrayList<>();
        for (JsonNode v : root.path("voices")) {
            String id = v.path("voice_id").asText("");
            String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
            if (slug.isEmpty() || slug.length() > 53) {
                continue;
            }
            JsonNode labels = v.path("labels");
            String gender = labels.path("gender").asText("").toLowerCase(Locale.ROOT);
            String description =
                    v.path("description").asText(labels.path("description").asText(null));
            TtsVoice wire = new TtsVoice(
                    "vg_voic_elevenlabs_" + slug,
                    v.path("name").asText(id) + " (ElevenLabs)",
                    "en-US",
                    gender.equals("female") ? Gender.FEMALE : gender.equals("male") ? Gender.MALE : Gender.NEUTRAL,
                    labels.hasNonNull("accent") ? labels.path("accent").asText() : null,
                    description == null || description.isBlank()
                            ? "ElevenLabs voice " + v.path("name").asText(id)
                            : description,
                    true,
                    true,
                    false);
            out.add(new SpeechVoice(wire, NAME, id, "en", -5));
        }
        return out;
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
            body.put("text", parts.get(i));
            body.put("model_id", settings.elevenLabsModel());
            ConnectorHttp.Response r = RemoteCalls.call(
                    http,
                    new ConnectorHttp.Request(
                            "POST",
                            ConnectorSettings.at(
                                    settings.elevenLabsUrl(),
                                    "/v1/text-to-speech/"
                                            + java.net.URLEncoder.encode(
                                                    voice.engineVoice(), java.nio.charset.StandardCharsets.UTF_8)),
                            Map.of(
                                    "xi-api-key", settings.elevenLabsKey(),
                                    "Content-Type", "application/json",
                                    "Accept", "audio/mpeg"),
                            RemoteCalls.json(body),
                            settings.timeout()),
                    cancelled,
                    "ElevenLabs");
            Path wav = dir.resolve("part-" + i + ".wav");
            RemoteCalls.toWav(r.body(), wav, settings.timeout(), cancelled, "ElevenLabs");
            out.add(new Part(wav, List.of(), false));
            partDone.accept(i);
        }
        return out;
    }
}
