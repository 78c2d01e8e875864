package dev.framewright.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.files.FileRecord;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GeneratedDescriptionsTest {
    final FileRecord input = withAnalysis(Fakes.file("vg_file_in", "vg_team_a", "cat.png"), "Image of a cat", null);
    final FileRecord memo =
            withAnalysis(Fakes.file("vg_file_memo", "vg_team_a", "memo.wav"), "Audio", "see you at noon");
    final GeneratedDescriptions describe = new GeneratedDescriptions(
            id -> Optional.ofNullable(Map.of(input.id(), input, memo.id(), memo).get(id)));
    final FileRecord output = Fakes.file("vg_file_out", "vg_team_a", "out");

    static FileRecord withAnalysis(FileRecord f, String description, String transcript) {
        return new FileRecord(
                f.id(),
                f.teamId(),
                f.createdByKeyId(),
                f.scope(),
                f.type(),
                f.displayName(),
                f.contentType(),
                f.sha256(),
                f.bytes(),
                f.width(),
                f.height(),
                f.durationSeconds(),
                f.renditions(),
                f.uploadState(),
                null,
                null,
                description,
                transcript,
                null,
                null,
                null,
                null,
                f.createdAt(),
                f.updatedAt());
    }

    MediaDescriber.Description of(ToolType tool, String input) throws Exception {
        return describe.describe(
                output,
                ExecutionRecord.pending("vg_exec_x", "vg_team_a", null, tool, input, 1, false, false, Fakes.T0));
    }

    @Test
    void generatedFilesAreDescribedByTheirPrompt() throws Exception {
        assertThat(of(ToolType.GENERATE_IMAGE, "{\"prompt\":\" A lighthouse at dusk \",\"imageFileIds\":[]}"))
                .isEqualTo(new MediaDescriber.Description("A lighthouse at dusk", null));
        assertThat(of(ToolType.GENERATE_IMAGE, "{\"prompt\":\"Make it snow\",\"imageFileIds\":[\"vg_file_in\"]}")
                        .description())
                .isEqualTo("Make it snow\nBased on cat.png (Image of a cat)");
        assertThat(of(ToolType.GENERATE_SOUND_EFFECT, "{\"prompt\":\"distant thunder\"}")
                        .description())
                .isEqualTo("distant thunder");
        assertThat(of(ToolType.GENERATE_VIDEO_CLIP, "{\"imageFileIds\":[\"vg_file_in\"]}")
                        .description())
                .isEqualTo("Generated video clip: Based on cat.png (Image of a cat)");
    }

    @Test
    void speechIsItsOwnExactTranscriptAndAvatarsCarryTheirAudiosTranscript() throws Exception {
        assertThat(of(ToolType.TEXT_TO_SPEECH, "{\"ttsText\":\"Hello world\"}"))
                .isEqualTo(new MediaDescriber.Description("Speech: Hello world", "Hello world"));
        assertThat(of(ToolType.GENERATE_AVATAR, "{\"audioStorageFileId\":\"vg_file_memo\"}"))
                .isEqualTo(new MediaDescriber.Description(
                        "Avatar presenter speaking: see you at noon", "see you at noon"));
    }

    @Test
    void transformsSayWhatWasDoneToWhichInput() throws Exception {
        assertThat(of(ToolType.UPSCALE_IMAGE, "{\"imageStorageFileId\":\"vg_file_in\"}")
                        .description())
                .isEqualTo("Upscaled version of cat.png (Image of a cat)");
        assertThat(of(ToolType.REMOVE_IMAGE_BACKGROUND, "{\"imageStorageFileId\":\"vg_file_gone\"}")
                        .description())
                .isEqualTo("Background removed from a file");
    }
}
