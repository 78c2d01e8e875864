package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /v1/tools/remove-image-background} ({@code REMOVE_IMAGE_BACKGROUND}, API.md
 * §2.2 single-asset transforms): an IMAGE whose foreground is cut out. {@code imageStorageFileId} is
 * required. Shared fields per §2.1.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RemoveImageBackgroundRequest(
        String imageStorageFileId,
        WatermarkMode watermarkMode,
        Integer numResults,
        @JsonProperty("isOutputTemporary") Boolean isOutputTemporary)
        implements ToolRequest {

    @Override
    public ToolType toolType() {
        return ToolType.REMOVE_IMAGE_BACKGROUND;
    }
}
