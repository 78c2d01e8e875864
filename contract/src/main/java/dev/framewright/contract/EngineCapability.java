package dev.framewright.contract;

/**
 * [ext] What an engine can serve: one per {@link ToolType}, in the same order, then the analysis
 * capabilities (API.md §4.3, §7.9). This is also the order of {@code GET /v1/resources/engines}.
 */
public enum EngineCapability {
    GENERATE_IMAGE,
    GENERATE_VIDEO_CLIP,
    TEXT_TO_SPEECH,
    GENERATE_SOUND_EFFECT,
    GENERATE_AVATAR,
    VECTORIZE_IMAGE,
    REMOVE_IMAGE_BACKGROUND,
    REMOVE_VIDEO_BACKGROUND,
    UPSCALE_IMAGE,
    UPSCALE_VIDEO,
    ANALYZE_DESCRIPTION,
    ANALYZE_TRANSCRIPT,
    SEARCH_EMBEDDING;

    /** The capability that runs {@code toolType}. */
    public static EngineCapability of(ToolType toolType) {
        return valueOf(toolType.name());
    }
}
