package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /v1/tools/generate-sound-effect} (API.md §2.2). {@code prompt} is required
 * (1–4000 chars); {@code durationSeconds} 0.5–30, default picked by the engine; {@code
 * promptInfluence} 0–1, default 0.3. Shared fields per §2.1, without {@code watermarkMode}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateSoundEffectRequest(
        String prompt,
        Double durationSeconds,
        Double promptInfluence,
        Integer numResults,
        @JsonProperty("isOutputTemporary") Boolean isOutputTemporary)
        implements ToolRequest {

    @Override
    public ToolType toolType() {
        return ToolType.GENERATE_SOUND_EFFECT;
    }

    /** Text-to-speech and sound effect have no watermark; a sent {@code watermarkMode} is ignored. */
    @JsonIgnore
    @Override
    public WatermarkMode watermarkMode() {
        return null;
    }
}
