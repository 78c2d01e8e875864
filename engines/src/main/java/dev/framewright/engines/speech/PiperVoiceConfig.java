package dev.framewright.engines.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Piper voice's {@code NAME.onnx.json}, as Piper reads it: {@code audio.sample_rate}, {@code
 * espeak.voice}, {@code inference} scales (defaults 0.667, 1.0, 0.8), {@code phoneme_type} ({@code
 * espeak} or {@code text}), {@code phoneme_id_map} (one codepoint → ids), {@code num_speakers} and
 * {@code speaker_id_map}; and for the catalogue {@code language.code}, {@code dataset} and {@code
 * audio.quality}. Pure.
 *
 * @param idMap phoneme codepoint → ids; always holds the pad {@code _}, BOS {@code ^} and EOS {@code $}
 * @param speakers speaker name → id, in the file's order; empty for a single-speaker voice
 */
record PiperVoiceConfig(
        int sampleRate,
        String quality,
        String espeakVoice,
        String languageCode,
        String dataset,
        float noiseScale,
        float lengthScale,
        float noiseW,
        String phonemeType,
        Map<Integer, long[]> idMap,
        int numSpeakers,
        Map<String, Integer> speakers) {
    static final String ESPEAK = "espeak";
    static final String TEXT = "text";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws IllegalArgumentException naming what is missing or wrong */
    static PiperVoiceConfig parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode rate = root.path("audio").path("sample_rate");
        if (!rate.canConvertToInt() || rate.asInt() < 1000 || rate.asInt() > 192000) {
            throw new IllegalArgumentException("audio.sample_rate is missing or out of range");
        }
        String type = root.path("phoneme_type").asText(ESPEAK);
        if (!type.equals(ESPEAK) && !type.equals(TEXT)) {
            throw new IllegalArgumentException("phoneme_type '" + type + "' is not supported (espeak or text)");
        }
        String espeak = root.path("espeak").path("voice").asText("");
        if (!espeak.matches("[A-Za-z0-9_+-]{1,40}")) {
            throw new IllegalArgumentException("espeak.voice is missing or not a voice name");
        }
        JsonNode inference = root.path("inference");
        int speakersCount = root.path("num_speakers").asInt(1);
        if (speakersCount < 1) {
            throw new IllegalArgumentException("num_speakers must be at least 1");
        }
        return new PiperVoiceConfig(
                rate.asInt(),
                text(root.path("audio").path("quality")),
                espeak,
                text(root.path("language").path("code")),
                text(root.path("dataset")),
                (float) inference.path("noise_scale").asDouble(0.667),
                (float) inference.path("length_scale").asDouble(1.0),
                (float) inference.path("noise_w").asDouble(0.8),
                type,
                idMap(root.path("phoneme_id_map")),
                speakersCount,
                speakers(root.path("speaker_id_map"), speakersCount));
    }

    private static Map<Integer, long[]> idMap(JsonNode map) {
        if (!map.isObject() || map.isEmpty()) {
            throw new IllegalArgumentException("phoneme_id_map is missing");
        }
        Map<Integer, long[]> out = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            String key = e.getKey();
            if (key.codePointCount(0, key.length()) != 1 || !e.getValue().isArray()) {
                throw new IllegalArgumentException("phoneme_id_map: '" + key + "' is not one phoneme → [ids]");
            }
            long[] ids = new long[e.getValue().size()];
            for (int i = 0; i < ids.length; i++) {
                JsonNode id = e.getValue().get(i);
                if (!id.canConvertToLong() || id.asLong() < 0) {
                    throw new IllegalArgumentException("phoneme_id_map: '" + key + "' has an invalid id");
                }
                ids[i] = id.asLong();
            }
            out.put(key.codePointAt(0), ids);
        }
        for (int special : new int[] {PiperPhonemes.PAD, PiperPhonemes.BOS, PiperPhonemes.EOS}) {
            if (!out.containsKey(special)) {
                throw new IllegalArgumentException("phoneme_id_map has no '" + Character.toString(special) + "'");
            }
        }
        return Map.copyOf(out);
    }

    /** The named speakers, else {@code 0 … n-1} named by number; none for a single speaker. */
    private static Map<String, Integer> speakers(JsonNode map, int count) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (count <= 1) {
            return out;
        }
        if (map.isObject()) {
            for (Map.Entry<String, JsonNode> e : map.properties()) {
                int id = e.getValue().asInt(-1);
                if (id < 0 || id >= count) {
                    throw new IllegalArgumentException("speaker_id_map: '" + e.getKey() + "' has an invalid id");
                }
                out.put(e.getKey(), id);
            }
        }
        if (out.isEmpty()) {
            for (int i = 0; i < count; i++) {
                out.put(String.valueOf(i), i);
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText().strip() : null;
    }
}
