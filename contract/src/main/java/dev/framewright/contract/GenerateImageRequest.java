package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code POST /v1/tools/generate-image} (API.md §2.2). {@code prompt} is required (1–4000
 * chars); {@code imageFileIds}: ≤4 IMAGE references, default empty; {@code aspectRatio} default
 * 16:9. Shared fields per §2.1.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateImageRequest(
        String prompt,
        List<String> imageFileIds,
        AspectRatio aspectRatio,
        WatermarkMode watermarkMode,
        Integer numResults,
        @JsonProperty("isOutputTemporary") Boolean isOutputTemporary)
        implements ToolRequest {

    @Override
    public ToolType toolType() {
        return ToolType.GENERATE_IMAGE;
    }
}
