package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code POST /v1/tools/generate-video-clip} (API.md §2.2). At least one of a non-empty
 * {@code prompt} (≤4000 chars), a non-empty {@code imageFileIds} (≤4 IMAGE files) or a {@code
 * videoFileId} (one VIDEO file) is required; {@code generateAudio} default false; {@code
 * aspectRatio} default 16:9. Shared fields per §2.1.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateVideoClipRequest(
        String prompt,
        List<String> imageFileIds,
        String videoFileId,
        Boolean generateAudio,
        AspectRatio aspectRatio,
        WatermarkMode watermarkMode,
        Integer numResults,
        @JsonProperty("isOutputTemporary") Boolean isOutputTemporary)
        implements ToolRequest {

    @Override
    public ToolType toolType() {
        return ToolType.GENERATE_VIDEO_CLIP;
    }
}
