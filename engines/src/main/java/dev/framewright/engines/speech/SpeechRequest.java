package dev.framewright.engines.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The accepted text-to-speech body (already validated at start: API.md §2.2). */
record SpeechRequest(
        String ttsText,
        String voiceId,
        String speechLanguageCode,
        List<PronunciationRules.Rule> replacements,
        boolean autoExpand,
        double voiceSpeed) {

    static SpeechRequest from(ObjectNode in) {
        List<PronunciationRules.Rule> rules = new ArrayList<>();
        for (JsonNode r : in.path("pronunciationReplacements")) {
            rules.add(new PronunciationRules.Rule(
                    r.path("original").asText(), r.path("replacement").asText("")));
        }
        return new SpeechRequest(
                in.path("ttsText").asText(),
                text(in, "voiceId"),
                text(in, "speechLanguageCode"),
                rules,
                in.path("autoExpandPronunciationReplacements").asBoolean(false),
                in.path("voiceSpeed").asDouble(1.0));
    }

    /** Whether to expand for English: the request's language, else the voice's. */
    boolean expandEnglish(SpeechVoice voice) {
        String language = speechLanguageCode != null ? speechLanguageCode : voice.language();
        return autoExpand && language.equals("en");
    }

    private static String text(ObjectNode in, String field) {
        JsonNode v = in.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
