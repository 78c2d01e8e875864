package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /v1/tools/generate-avatar} (API.md §2.2). {@code avatarPresenterId} (a listed
 * presenter) and {@code audioStorageFileId} (an AUDIO file) are required. Shared fields per §2.1.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateAvatarRequest(
        String avatarPresenterId,
        String audioStorageFileId,
        WatermarkMode watermarkMode,
        Integer numResults,
        @JsonProperty("isOutputTemporary") Boolean isOutputTemporary)
        implements ToolRequest {

    @Override
    public ToolType toolType() {
        return ToolType.GENERATE_AVATAR;
    }
}
