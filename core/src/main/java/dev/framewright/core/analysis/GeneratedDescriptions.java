package dev.framewright.core.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.files.FileRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Descriptions of tool outputs, from what we know rather than what we can recognise (API.md §10.6):
 * a generated file is described by its prompt or spoken text; a transform by its input's
 * description (or name) and what was done to it. Text-to-speech outputs get their text as the
 * (exact) transcript, avatars the transcript of their audio.
 */
final class GeneratedDescriptions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, Optional<FileRecord>> inputs;

    /** @param inputs finds an input file of the execution's team by id */
    GeneratedDescriptions(Function<String, Optional<FileRecord>> inputs) {
        this.inputs = inputs;
    }

    MediaDescriber.Description describe(FileRecord output, ExecutionRecord execution) throws IOException {
        JsonNode in = JSON.readTree(execution.inputJson());
        ToolType tool = execution.toolType();
        return switch (tool) {
            case GENERATE_IMAGE -> generated("Generated image", text(in, "prompt"), references(in, "imageFileIds"));
            case GENERATE_VIDEO_CLIP -> videoClip(in);
            case GENERATE_SOUND_EFFECT -> generated("Generated sound effect", text(in, "prompt"), List.of());
            case TEXT_TO_SPEECH -> speech(in);
            case GENERATE_AVATAR -> avatar(in);
            case VECTORIZE_IMAGE -> transform(in, "imageStorageFileId", "Vectorized (SVG) version of");
            case REMOVE_IMAGE_BACKGROUND -> transform(in, "imageStorageFileId", "Background removed from");
            case REMOVE_VIDEO_BACKGROUND -> transform(in, "videoStorageFileId", "Background removed from");
            case UPSCALE_IMAGE -> transform(in, "imageStorageFileId", "Upscaled version of");
            case UPSCALE_VIDEO -> transform(in, "videoStorageFileId", "Upscaled version of");
        };
    }

    private MediaDescriber.Description generated(String what, String prompt, List<String> references) {
        StringBuilder sb = new StringBuilder(prompt != null ? prompt : what);
        if (!references.isEmpty()) {
            sb.append(prompt != null ? "\n" : ": ").append("Based on ").append(String.join("; ", references));
        }
        return new MediaDescriber.Description(sb.toString(), null);
    }

    private MediaDescriber.Description videoClip(JsonNode in) {
        List<String> sources = references(in, "imageFileIds");
        String video = text(in, "videoFileId");
        if (video != null) {
            sources.add(0, about(video));
        }
        return generated("Generated video clip", text(in, "prompt"), sources);
    }

    private MediaDescriber.Description speech(JsonNode in) {
        String text = text(in, "ttsText");
        return new MediaDescriber.Description("Speech: " + (text == null ? "" : text), text);
    }

    private MediaDescriber.Description avatar(JsonNode in) {
        String audio = text(in, "audioStorageFileId");
        Optional<FileRecord> f = audio == null ? Optional.empty() : inputs.apply(audio);
        String transcript = f.map(FileRecord::transcript).orElse(null);
        String said = transcript != null
                ? transcript
                : f.map(GeneratedDescriptions::about).orElse("audio");
        return new MediaDescriber.Description("Avatar presenter speaking: " + said, transcript);
    }

    private MediaDescriber.Description transform(JsonNode in, String field, String what) {
        String id = text(in, field);
        Optional<FileRecord> f = id == null ? Optional.empty() : inputs.apply(id);
        return new MediaDescriber.Description(
                what + " " + f.map(GeneratedDescriptions::about).orElse("a file"),
                f.map(FileRecord::transcript).orElse(null));
    }

    private List<String> references(JsonNode in, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode id : in.path(field)) {
            if (id.isTextual()) {
                out.add(about(id.textValue()));
            }
        }
        return out;
    }

    private String about(String fileId) {
        return inputs.apply(fileId).map(GeneratedDescriptions::about).orElse("a file");
    }

    /** An input as words: its name, and its description when analysis has one. */
    private static String about(FileRecord f) {
        return f.description() == null ? f.displayName() : f.displayName() + " (" + f.description() + ")";
    }

    private static String text(JsonNode in, String field) {
        JsonNode v = in.get(field);
        return v != null && v.isTextual() && !v.textValue().isBlank()
                ? v.textValue().strip()
                : null;
    }
}
