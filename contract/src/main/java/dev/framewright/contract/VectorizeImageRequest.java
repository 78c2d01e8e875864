package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /v1/tools/vectorize-image} ({@code VECTORIZE_IMAGE}, API.md §2.2 single-asset
 * transforms): an IMAGE traced to SVG. {@code imageStorageFileId} is required. Shared fields per §2.1.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record VectorizeImageRequest(
        String imageStorageFileId,
        WatermarkMode watermarkMode,
        Integer numResults,
        @JsonProperty("isOutputTemporary") Boolean isOutputTemporary)
        implements ToolRequest {

    @Override
    public ToolType toolType() {
        return ToolType.VECTORIZE_IMAGE;
    }
}
