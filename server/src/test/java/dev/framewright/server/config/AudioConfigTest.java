package dev.framewright.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.engines.audio.AudioFormat;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AudioConfigTest {
    private static AudioConfig audio(String... flags) {
        return ServerConfig.from(ConfigSources.load(List.of(flags), Map.of())).audio();
    }

    @Test
    void defaultsAreMp3LocalEnginesOnly() {
        AudioConfig a = audio();
        assertThat(a.format()).isEqualTo(AudioFormat.MP3);
        assertThat(a.defaultVoice()).isNull();
        assertThat(a.openAiUrl()).isNull();
        assertThat(a.openAiModel()).isEqualTo("tts-1");
        assertThat(a.openAiVoices()).containsExactly("alloy", "echo", "fable", "onyx", "nova", "shimmer");
        assertThat(a.elevenLabsUrl()).isEqualTo(URI.create("https://api.elevenlabs.io"));
        assertThat(a.elevenLabsKey()).isNull();
    }

    @Test
    void readsEverySetting() {
        AudioConfig a = ServerConfig.from(ConfigSources.load(
                        List.of("--tts-output-format", "WAV", "--tts-default-voice", "vg_voic_espeak_de"),
                        Map.of(
                                "FRAMEWRIGHT_OPENAI_SPEECH_URL", "http://localhost:8000/",
                                "FRAMEWRIGHT_OPENAI_SPEECH_KEY", "sk-1",
                                "FRAMEWRIGHT_OPENAI_SPEECH_VOICES", "en-amy, en-bob",
                                "FRAMEWRIGHT_ELEVENLABS_KEY", "xi-1")))
                .audio();
        assertThat(a.format()).isEqualTo(AudioFormat.WAV);
        assertThat(a.defaultVoice()).isEqualTo("vg_voic_espeak_de");
        assertThat(a.openAiUrl()).isEqualTo(URI.create("http://localhost:8000/"));
        assertThat(a.openAiKey()).isEqualTo("sk-1");
        assertThat(a.openAiVoices()).containsExactly("en-amy", "en-bob");
        assertThat(a.elevenLabsKey()).isEqualTo("xi-1");
        assertThat(a.describe()).contains("openai-speech-key=****", "elevenlabs-key=****", "tts-output-format=wav");
    }

    @Test
    void refusesBadValuesNamingTheSetting() {
        assertThatThrownBy(() -> audio("--tts-output-format", "ogg"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tts-output-format")
                .hasMessageContaining("mp3 or wav");
        assertThatThrownBy(() -> audio("--tts-default-voice", "alloy"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tts-default-voice");
        assertThatThrownBy(() -> audio("--openai-speech-url", "ftp://x"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("openai-speech-url");
        assertThatThrownBy(() -> audio("--openai-speech-voices", "a b"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("openai-speech-voices");
    }
}
