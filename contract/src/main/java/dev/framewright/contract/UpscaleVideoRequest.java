package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /v1/tools/upscale-video} ({@code UPSCALE_VIDEO}, API.md §2.2 single-asset
 * transforms): a VIDEO to enlarge. {@code videoStorageFileId} is required. Shared fields per §2.1.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpscaleVideoRequest(
        String videoStorageFileId,
        WatermarkMode watermarkMode,
        Integer numResults,
        @JsonProperty("isOutputTemporary") Boolean isOutputTemporary)
        implements ToolRequest {

    @Override
    public ToolType toolType() {
        return ToolType.UPSCALE_VIDEO;
    }
}
