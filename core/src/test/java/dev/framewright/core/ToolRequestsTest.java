package dev.framewright.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.WatermarkMode;
import dev.framewright.core.executions.ToolRequest;
import dev.framewright.core.executions.ToolRequests;
import org.junit.jupiter.api.Test;

class ToolRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode body(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    private static void rejects(ToolType t, String json, String message) {
        assertThatThrownBy(() -> ToolRequests.validate(t, body(json)))
                .isInstanceOf(ApiException.class)
                .hasMessage(message);
    }

    @Test
    void defaultsAreFilledAndUnknownFieldsDropped() throws Exception {
        ToolRequest r = ToolRequests.validate(
                ToolType.GENERATE_IMAGE,
                body("{\"prompt\":\"a fox\",\"numResults\":null,\"voiceId\":\"x\",\"extra\":true}"));
        assertThat(r.numResults()).isEqualTo(1);
        assertThat(r.outputTemporary()).isFalse();
        assertThat(r.watermarkMode()).isEqualTo(WatermarkMode.AUTO);
        assertThat(r.accepted().toString())
                .isEqualTo("{\"prompt\":\"a fox\",\"imageFileIds\":[],"
                        + "\"aspectRatio\":{\"width\":16,\"height\":9},\"watermarkMode\":\"AUTO\",\"numResults\":1,"
                        + "\"isOutputTemporary\":false}");
    }

    @Test
    void speechAndSoundHaveNoWatermark() throws Exception {
        ToolRequest tts =
                ToolRequests.validate(ToolType.TEXT_TO_SPEECH, body("{\"ttsText\":\"hi\",\"watermarkMode\":\"NONE\"}"));
        assertThat(tts.watermarkMode()).isNull();
        assertThat(tts.accepted().has("watermarkMode")).isFalse();
        assertThat(tts.accepted().get("voiceSpeed").asDouble()).isEqualTo(1.0);
        ToolRequest sfx = ToolRequests.validate(ToolType.GENERATE_SOUND_EFFECT, body("{\"prompt\":\"boom\"}"));
        assertThat(sfx.accepted().get("promptInfluence").asDouble()).isEqualTo(0.3);
        assertThat(sfx.accepted().get("durationSeconds").isNull()).isTrue();
    }

    @Test
    void rulesNameTheField() {
        rejects(ToolType.GENERATE_IMAGE, "{}", "prompt is required");
        rejects(ToolType.GENERATE_IMAGE, "{\"prompt\":\"x\",\"numResults\":0}", "numResults must be between 1 and 100");
        rejects(ToolType.GENERATE_IMAGE, "{\"prompt\":\"x\",\"numResults\":2.5}", "numResults must be an integer");
        rejects(ToolType.GENERATE_IMAGE, "{\"prompt\":\"x\",\"numResults\":\"2\"}", "numResults must be an integer");
        rejects(
                ToolType.GENERATE_IMAGE,
                "{\"prompt\":\"x\",\"watermarkMode\":\"none\"}",
                "watermarkMode must be one of [NONE, VIDEO_GEN, AUTO]");
        rejects(
                ToolType.GENERATE_IMAGE,
                "{\"prompt\":\"x\",\"aspectRatio\":{\"width\":0,\"height\":1}}",
                "aspectRatio.width must be an integer ≥ 1");
        rejects(
                ToolType.GENERATE_IMAGE,
                "{\"prompt\":\"x\",\"imageFileIds\":[\"a\",\"b\",\"c\",\"d\",\"e\"]}",
                "imageFileIds must have at most 4 items");
        rejects(
                ToolType.GENERATE_IMAGE,
                "{\"prompt\":\"" + "é".repeat(4001) + "\"}",
                "prompt must be at most 4000 characters");
        rejects(
                ToolType.GENERATE_VIDEO_CLIP,
                "{\"generateAudio\":true}",
                "prompt is required when no imageFileIds or videoFileId are given");
        rejects(
                ToolType.TEXT_TO_SPEECH,
                "{\"ttsText\":\"x\",\"voiceSpeed\":3}",
                "voiceSpeed must be between 0.5 and 2");
        rejects(
                ToolType.TEXT_TO_SPEECH,
                "{\"ttsText\":\"x\",\"pronunciationReplacements\":[{\"original\":\"\",\"replacement\":\"y\"}]}",
                "pronunciationReplacements[0].original is required");
        rejects(
                ToolType.GENERATE_SOUND_EFFECT,
                "{\"prompt\":\"x\",\"durationSeconds\":0.1}",
                "durationSeconds must be between 0.5 and 30");
        rejects(ToolType.UPSCALE_VIDEO, "{\"imageStorageFileId\":\"vg_file_x\"}", "videoStorageFileId is required");
        rejects(ToolType.GENERATE_AVATAR, "{\"avatarPresenterId\":\"p\"}", "audioStorageFileId is required");
    }

    @Test
    void inputFilesAreCollectedWithTheirFields() throws Exception {
        ToolRequest r = ToolRequests.validate(
                ToolType.GENERATE_VIDEO_CLIP,
                body("{\"imageFileIds\":[\"vg_file_a\",\"vg_file_b\"],\"videoFileId\":\"vg_file_c\"}"));
        assertThat(r.files())
                .extracting(f -> f.field() + "=" + f.requiredType())
                .containsExactly("imageFileIds[0]=IMAGE", "imageFileIds[1]=IMAGE", "videoFileId=VIDEO");
        assertThat(r.files().get(2).requiredType()).isEqualTo(FileType.VIDEO);
    }
}
