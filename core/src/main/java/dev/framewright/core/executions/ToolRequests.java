package dev.framewright.core.executions;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.WatermarkMode;
import dev.framewright.core.ApiException;
import java.util.ArrayList;
import java.util.List;

/** Validates the bodies of the ten tool starters (API.md §2.1–§2.2). Pure: no I/O. */
public final class ToolRequests {
    static final int MAX_PROMPT = 4000;
    static final int MAX_TTS_TEXT = 20000;
    static final int MAX_ID = 200;

    private ToolRequests() {}

    /** @throws ApiException {@code invalid_parameters} naming the field and rule */
    public static ToolRequest validate(ToolType type, ObjectNode body) {
        InputReader in = new InputReader(body);
        List<FileRef> files = new ArrayList<>();
        String voiceId = null;
        String language = null;
        String presenterId = null;
        switch (type) {
            case GENERATE_IMAGE -> {
                in.string("prompt", true, MAX_PROMPT);
                imageList(in, files);
                in.aspectRatio("aspectRatio");
            }
            case GENERATE_VIDEO_CLIP -> {
                String prompt = in.string("prompt", false, MAX_PROMPT);
                int images = imageList(in, files);
                String video = in.string("videoFileId", false, MAX_ID);
                if (video != null) {
                    files.add(new FileRef("videoFileId", video, FileType.VIDEO));
                }
                in.bool("generateAudio", false);
                in.aspectRatio("aspectRatio");
                if (prompt == null && images == 0 && video == null) {
                    throw ApiException.invalid("prompt is required when no imageFileIds or videoFileId are given");
                }
            }
            case TEXT_TO_SPEECH -> {
                in.string("ttsText", true, MAX_TTS_TEXT);
                voiceId = in.string("voiceId", false, MAX_ID);
                language = in.string("speechLanguageCode", false, 16);
                if (language != null && !language.matches("[a-z]{2}")) {
                    throw ApiException.invalid("speechLanguageCode must be an ISO 639-1 code such as en or es");
                }
                in.pronunciationReplacements("pronunciationReplacements");
                in.bool("autoExpandPronunciationReplacements", false);
                in.number("voiceSpeed", 0.5, 2.0, 1.0);
            }
            case GENERATE_SOUND_EFFECT -> {
                in.string("prompt", true, MAX_PROMPT);
                in.number("durationSeconds", 0.5, 30, null);
                in.number("promptInfluence", 0, 1, 0.3);
            }
            case GENERATE_AVATAR -> {
                presenterId = in.string("avatarPresenterId", true, MAX_ID);
                files.add(new FileRef(
                        "audioStorageFileId", in.string("audioStorageFileId", true, MAX_ID), FileType.AUDIO));
            }
            case VECTORIZE_IMAGE, REMOVE_IMAGE_BACKGROUND, UPSCALE_IMAGE ->
                files.add(new FileRef(
                        "imageStorageFileId", in.string("imageStorageFileId", true, MAX_ID), FileType.IMAGE));
            case REMOVE_VIDEO_BACKGROUND, UPSCALE_VIDEO ->
                files.add(new FileRef(
                        "videoStorageFileId", in.string("videoStorageFileId", true, MAX_ID), FileType.VIDEO));
        }
        WatermarkMode watermark =
                hasWatermark(type) ? in.enumValue("watermarkMode", WatermarkMode.class, WatermarkMode.AUTO) : null;
        int numResults = in.integer("numResults", 1, 100, 1);
        boolean temporary = in.bool("isOutputTemporary", false);
        return new ToolRequest(
                type, in.accepted(), numResults, temporary, watermark, files, voiceId, language, presenterId);
    }

    private static int imageList(InputReader in, List<FileRef> files) {
        List<String> ids = in.stringArray("imageFileIds", 4);
        for (int i = 0; i < ids.size(); i++) {
            files.add(new FileRef("imageFileIds[" + i + "]", ids.get(i), FileType.IMAGE));
        }
        return ids.size();
    }

    /** Watermarks apply to image and video outputs only (API.md §2.1, §10.7). */
    public static boolean hasWatermark(ToolType type) {
        return type != ToolType.TEXT_TO_SPEECH && type != ToolType.GENERATE_SOUND_EFFECT;
    }
}
