package dev.framewright.server.mcp;

import dev.framewright.contract.ToolType;

/** One sentence per tool starter for agents: what it makes and from what (API.md §2.2). */
final class StarterDescriptions {
    private StarterDescriptions() {}

    static String of(ToolType type) {
        return switch (type) {
            case GENERATE_IMAGE ->
                "Generates an image (PNG) from a prompt, optionally guided by up to 4 reference"
                        + " images (imageFileIds), at an aspectRatio such as {width: 1, height: 1}.";
            case GENERATE_VIDEO_CLIP ->
                "Generates a short MP4 clip from a prompt, animates up to 4 images"
                        + " (imageFileIds), or restyles a video (videoFileId).";
            case TEXT_TO_SPEECH ->
                "Speaks ttsText aloud as an audio file (MP3 by default) with a voice from"
                        + " list-tts-voices (voiceId), optional pronunciation replacements and voiceSpeed.";
            case GENERATE_SOUND_EFFECT ->
                "Synthesises a sound effect described by the prompt (e.g. \"distant"
                        + " thunder, 4 seconds\"), optionally durationSeconds long.";
            case GENERATE_AVATAR ->
                "Makes an MP4 of a presenter (avatarPresenterId from list-avatar-presenters)"
                        + " speaking an AUDIO file (audioStorageFileId, e.g. a text-to-speech result).";
            case VECTORIZE_IMAGE -> "Traces an IMAGE file (imageStorageFileId) into an SVG of coloured paths.";
            case REMOVE_IMAGE_BACKGROUND ->
                "Cuts the subject out of an IMAGE file (imageStorageFileId): a PNG" + " with a transparent background.";
            case REMOVE_VIDEO_BACKGROUND ->
                "Removes the background of a VIDEO file (videoStorageFileId): WebM" + " with alpha.";
            case UPSCALE_IMAGE ->
                "Upscales an IMAGE file (imageStorageFileId), larger in both dimensions with" + " detail preserved.";
            case UPSCALE_VIDEO -> "Upscales a VIDEO file (videoStorageFileId), larger in both dimensions.";
        };
    }
}
