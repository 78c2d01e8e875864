package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code POST /v1/tools/text-to-speech} (API.md §2.2). {@code ttsText} is required
 * (1–20000 chars); {@code voiceId} defaults to the configured voice; {@code speechLanguageCode}
 * (ISO 639-1) to the voice's language; {@code pronunciationReplacements} to empty; {@code
 * autoExpandPronunciationReplacements} to false; {@code voiceSpeed} to 1.0 (0.5–2.0). Shared fields
 * per §2.1, without {@code watermarkMode}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TextToSpeechRequest(
        String ttsText,
        String voiceId,
        String speechLanguageCode,
        List<PronunciationReplacement> pronunciationReplacements,
        Boolean autoExpandPronunciationReplacements,
        Double voiceSpeed,
        Integer numResults,
        @JsonProperty("isOutputTemporary") Boolean isOutputTemporary)
        implements ToolRequest {

    @Override
    public ToolType toolType() {
        return ToolType.TEXT_TO_SPEECH;
    }

    /** Text-to-speech and sound effect have no watermark; a sent {@code watermarkMode} is ignored. */
    @JsonIgnore
    @Override
    public WatermarkMode watermarkMode() {
        return null;
    }
}
