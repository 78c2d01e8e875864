package dev.framewright.contract;

/** The ten tools (API.md §8), with the path segment of their starter endpoint. */
public enum ToolType {
    GENERATE_IMAGE("generate-image"),
    GENERATE_VIDEO_CLIP("generate-video-clip"),
    TEXT_TO_SPEECH("text-to-speech"),
    GENERATE_SOUND_EFFECT("generate-sound-effect"),
    GENERATE_AVATAR("generate-avatar"),
    VECTORIZE_IMAGE("vectorize-image"),
    REMOVE_IMAGE_BACKGROUND("remove-image-background"),
    REMOVE_VIDEO_BACKGROUND("remove-video-background"),
    UPSCALE_IMAGE("upscale-image"),
    UPSCALE_VIDEO("upscale-video");

    private final String path;

    ToolType(String path) {
        this.path = path;
    }

    /** The starter's path segment, e.g. {@code upscale-image} in {@code POST /v1/tools/upscale-image}. */
    public String path() {
        return path;
    }

    public static java.util.Optional<ToolType> fromPath(String path) {
        for (ToolType t : values()) {
            if (t.path.equals(path)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
