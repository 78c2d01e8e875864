package dev.framewright.engines.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FfprobeJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTheFirstPictureStreamAndTheContainerDuration() throws Exception {
        Ffprobe.Facts facts = facts("""
                {"streams": [
                  {"codec_type": "audio", "duration": "2.1"},
                  {"codec_type": "video", "width": 640, "height": 360, "duration": "2.0"},
                  {"codec_type": "video", "width": 10, "height": 10}],
                 "format": {"duration": "2.104"}}""");

        assertThat(facts).isEqualTo(new Ffprobe.Facts(640, 360, 2.104, true, true));
    }

    @Test
    void swapsSidesForQuarterTurns() throws Exception {
        String sideData = """
                {"streams": [{"codec_type": "video", "width": 1920, "height": 1080,
                  "side_data_list": [{"side_data_type": "Display Matrix", "rotation": -90}]}], "format": {}}""";
        String tag = """
                {"streams": [{"codec_type": "video", "width": 1920, "height": 1080, "tags": {"rotate": "270"}}]}""";
        String halfTurn = """
                {"streams": [{"codec_type": "video", "width": 1920, "height": 1080, "tags": {"rotate": "180"}}]}""";

        assertThat(facts(sideData).width()).isEqualTo(1080);
        assertThat(facts(tag).height()).isEqualTo(1920);
        assertThat(facts(halfTurn).width()).isEqualTo(1920);
    }

    @Test
    void coverArtIsNotVideo() throws Exception {
        Ffprobe.Facts facts = facts("""
                {"streams": [
                  {"codec_type": "audio", "duration": "N/A"},
                  {"codec_type": "video", "width": 500, "height": 500, "disposition": {"attached_pic": 1}}],
                 "format": {"duration": "N/A"}}""");

        assertThat(facts).isEqualTo(new Ffprobe.Facts(null, null, null, false, true));
    }

    @Test
    void fallsBackToTheLongestStream() throws Exception {
        assertThat(facts("{\"streams\": [{\"codec_type\": \"audio\", \"duration\": \"3.5\"}]}")
                        .durationSeconds())
                .isEqualTo(3.5);
    }

    private static Ffprobe.Facts facts(String json) throws Exception {
        return Ffprobe.FfprobeJson.facts(JSON.readTree(json));
    }
}
