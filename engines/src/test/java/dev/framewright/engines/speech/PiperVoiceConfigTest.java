package dev.framewright.engines.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Piper's {@code .onnx.json} voice configs and turning them into catalogue voices. */
class PiperVoiceConfigTest {
    private static final String MAP = "\"phoneme_id_map\":{\"_\":[0],\"^\":[1],\"$\":[2],\" \":[3],\"a\":[14]}";

    @Test
    void readsARealFormatConfig() {
        PiperVoiceConfig c = PiperVoiceConfig.parse("{\"audio\":{\"sample_rate\":22050,\"quality\":\"medium\"},"
                + "\"espeak\":{\"voice\":\"en-us\"},\"inference\":{\"noise_scale\":0.5,\"length_scale\":1.2,"
                + "\"noise_w\":0.7},\"phoneme_type\":\"espeak\",\"num_symbols\":256,\"num_speakers\":1,"
                + "\"speaker_id_map\":{},\"language\":{\"code\":\"en_US\",\"family\":\"en\",\"region\":\"US\"},"
                + "\"dataset\":\"lessac\",\"piper_version\":\"1.0.0\"," + MAP + "}");
        assertThat(c.sampleRate()).isEqualTo(22050);
        assertThat(c.quality()).isEqualTo("medium");
        assertThat(c.espeakVoice()).isEqualTo("en-us");
        assertThat(c.languageCode()).isEqualTo("en_US");
        assertThat(c.dataset()).isEqualTo("lessac");
        assertThat(new float[] {c.noiseScale(), c.lengthScale(), c.noiseW()}).containsExactly(0.5f, 1.2f, 0.7f);
        assertThat(c.idMap().get((int) 'a')).containsExactly(14);
        assertThat(c.speakers()).isEmpty();

        List<SpeechVoice> voices = PiperVoices.of("en_US-lessac-medium", c);
        assertThat(voices).hasSize(1);
        SpeechVoice v = voices.getFirst();
        assertThat(v.id()).isEqualTo("vg_voic_piper_en_us_lessac_medium");
        assertThat(v.wire().displayName()).isEqualTo("lessac, medium quality (Piper)");
        assertThat(v.wire().languageCode()).isEqualTo("en-US");
        assertThat(v.language()).isEqualTo("en");
        assertThat(v.wire().description()).startsWith("User-supplied Piper neural voice (en_US-lessac-medium.onnx)");
        assertThat(v.engineVoice()).isEqualTo("en_US-lessac-medium");
    }

    @Test
    void inferenceDefaultsArePipers() {
        PiperVoiceConfig c =
                PiperVoiceConfig.parse("{\"audio\":{\"sample_rate\":16000},\"espeak\":{\"voice\":\"de\"}," + MAP + "}");
        assertThat(new float[] {c.noiseScale(), c.lengthScale(), c.noiseW()}).containsExactly(0.667f, 1.0f, 0.8f);
        assertThat(c.phonemeType()).isEqualTo("espeak");
        assertThat(PiperVoices.of("de_DE-thorsten-low", c).getFirst().wire().languageCode())
                .as("the eSpeak voice when the config names no language")
                .isEqualTo("de");
    }

    @Test
    void aMultiSpeakerModelIsOneVoicePerSpeaker() {
        PiperVoiceConfig c = PiperVoiceConfig.parse("{\"audio\":{\"sample_rate\":22050,\"quality\":\"high\"},"
                + "\"espeak\":{\"voice\":\"en-gb\"},\"num_speakers\":3,\"language\":{\"code\":\"en_GB\"},"
                + "\"dataset\":\"vctk\",\"speaker_id_map\":{\"p225\":0,\"p226\":1,\"p227\":2}," + MAP + "}");
        List<SpeechVoice> voices = PiperVoices.of("en_GB-vctk-high", c);
        assertThat(voices)
                .extracting(SpeechVoice::id)
                .containsExactly(
                        "vg_voic_piper_en_gb_vctk_high_p225",
                        "vg_voic_piper_en_gb_vctk_high_p226",
                        "vg_voic_piper_en_gb_vctk_high_p227");
        assertThat(voices.get(1).engineVoice()).isEqualTo("en_GB-vctk-high#1");
        assertThat(PiperVoices.speaker(voices.get(1).engineVoice())).isEqualTo(1L);
        assertThat(PiperVoices.model(voices.get(1).engineVoice())).isEqualTo("en_GB-vctk-high");
        assertThat(voices.get(2).wire().displayName()).isEqualTo("vctk p227, high quality (Piper)");
        assertThat(voices.get(0).wire().languageCode()).isEqualTo("en-GB");
    }

    @Test
    void brokenConfigsAreRefusedWithAReason() {
        assertThatThrownBy(() -> PiperVoiceConfig.parse("{not json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not valid JSON");
        assertThatThrownBy(() -> PiperVoiceConfig.parse("{\"espeak\":{\"voice\":\"en-us\"}," + MAP + "}"))
                .hasMessageContaining("audio.sample_rate");
        assertThatThrownBy(() ->
                        PiperVoiceConfig.parse("{\"audio\":{\"sample_rate\":22050},\"espeak\":{\"voice\":\"en-us\"},"
                                + "\"phoneme_id_map\":{\"_\":[0],\"$\":[2]}}"))
                .hasMessage("phoneme_id_map has no '^'");
        assertThatThrownBy(() -> PiperVoiceConfig.parse("{\"audio\":{\"sample_rate\":22050},\"espeak\":{\"voice\":"
                        + "\"ja\"},\"phoneme_type\":\"openjtalk\"," + MAP + "}"))
                .hasMessageContaining("openjtalk");
    }
}
