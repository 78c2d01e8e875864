package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The body of one of the ten {@code POST /v1/tools/<tool>} starters (API.md §2.1, §2.2).
 *
 * <p>Every field is nullable: {@code null} means absent and takes the default. The records do not
 * validate; the server validates and normalises after the idempotency check (§1.5 check order).
 */
public sealed interface ToolRequest
        permits GenerateImageRequest,
                GenerateVideoClipRequest,
                TextToSpeechRequest,
                GenerateSoundEffectRequest,
                GenerateAvatarRequest,
                VectorizeImageRequest,
                RemoveImageBackgroundRequest,
                RemoveVideoBackgroundRequest,
                UpscaleImageRequest,
                UpscaleVideoRequest {

    /** Default of {@code numResults}. */
    int DEFAULT_NUM_RESULTS = 1;

    /** The tool this body starts. */
    @JsonIgnore
    ToolType toolType();

    /** 1–100, default 1. */
    Integer numResults();

    /** Default false; true gives the outputs scope {@code TEMPORARY}. */
    Boolean isOutputTemporary();

    /**
     * Default {@code AUTO}. Always {@code null} for text-to-speech and sound effect, which have no
     * such field (a sent value is ignored there).
     */
    WatermarkMode watermarkMode();

    /** The body record of a tool's starter, for deserialization by path. */
    static Class<? extends ToolRequest> bodyType(ToolType toolType) {
        return switch (toolType) {
            case GENERATE_IMAGE -> GenerateImageRequest.class;
            case GENERATE_VIDEO_CLIP -> GenerateVideoClipRequest.class;
            case TEXT_TO_SPEECH -> TextToSpeechRequest.class;
            case GENERATE_SOUND_EFFECT -> GenerateSoundEffectRequest.class;
            case GENERATE_AVATAR -> GenerateAvatarRequest.class;
            case VECTORIZE_IMAGE -> VectorizeImageRequest.class;
            case REMOVE_IMAGE_BACKGROUND -> RemoveImageBackgroundRequest.class;
            case REMOVE_VIDEO_BACKGROUND -> RemoveVideoBackgroundRequest.class;
            case UPSCALE_IMAGE -> UpscaleImageRequest.class;
            case UPSCALE_VIDEO -> UpscaleVideoRequest.class;
        };
    }
}
