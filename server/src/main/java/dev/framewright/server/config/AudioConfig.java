package dev.framewright.server.config;

import dev.framewright.engines.audio.AudioFormat;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The audio tools' settings: output format, default voice, and the remote speech and sound services.
 * Validated when built; {@link ConfigException} names the first bad setting.
 *
 * @param defaultVoice a voice id, or null for the first listed voice
 * @param piperVoicesDir the folder of user-supplied Piper voices (absolute; it need not exist)
 * @param openAiUrl null when the OpenAI-compatible connector is off
 * @param elevenLabsKey null when ElevenLabs is off
 */
public record AudioConfig(
        AudioFormat format,
        String defaultVoice,
        Path piperVoicesDir,
        URI openAiUrl,
        String openAiKey,
        String openAiModel,
        List<String> openAiVoices,
        URI elevenLabsUrl,
        String elevenLabsKey,
        String elevenLabsModel) {

    public AudioConfig {
        openAiVoices = List.copyOf(openAiVoices);
    }

    static AudioConfig from(ConfigSources src) {
        String format = text(src, Settings.TTS_OUTPUT_FORMAT);
        AudioFormat f;
        try {
            f = AudioFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw ServerConfig.invalid(Settings.TTS_OUTPUT_FORMAT, format);
        }
        String voice = optional(src, Settings.TTS_DEFAULT_VOICE);
        if (voice != null && !voice.matches("vg_voic_[a-z0-9_]{1,64}")) {
            throw ServerConfig.invalid(Settings.TTS_DEFAULT_VOICE, voice);
        }
        List<String> voices = new ArrayList<>();
        for (String v : text(src, Settings.OPENAI_SPEECH_VOICES).split(",")) {
            if (!v.isBlank()) {
                if (!v.strip().matches("[A-Za-z0-9_.-]{1,50}")) {
                    throw ServerConfig.invalid(Settings.OPENAI_SPEECH_VOICES, v.strip());
                }
                voices.add(v.strip());
            }
        }
        String piper = optional(src, Settings.PIPER_VOICES_DIR);
        Path piperDir = piper != null
                ? Path.of(piper)
                : Path.of(text(src, Settings.MODELS_DIR)).resolve("piper-voices");
        return new AudioConfig(
                f,
                voice,
                piperDir.toAbsolutePath().normalize(),
                url(src, Settings.OPENAI_SPEECH_URL),
                optional(src, Settings.OPENAI_SPEECH_KEY),
                text(src, Settings.OPENAI_SPEECH_MODEL),
                voices,
                url(src, Settings.ELEVENLABS_URL),
                optional(src, Settings.ELEVENLABS_KEY),
                text(src, Settings.ELEVENLABS_MODEL));
    }

    /** Lines for the start-up log, keys masked. */
    List<String> describe() {
        return List.of(
                "tts-output-format=" + format.extension(),
                "tts-default-voice=" + (defaultVoice == null ? "(first listed voice)" : defaultVoice),
                "piper-voices-dir=" + piperVoicesDir,
                "openai-speech-url=" + (openAiUrl == null ? "(not set)" : openAiUrl),
                "openai-speech-key=" + (openAiKey == null ? "(not set)" : "****"),
                "openai-speech-model=" + openAiModel,
                "openai-speech-voices=" + String.join(",", openAiVoices),
                "elevenlabs-url=" + elevenLabsUrl,
                "elevenlabs-key=" + (elevenLabsKey == null ? "(not set)" : "****"),
                "elevenlabs-model=" + elevenLabsModel);
    }

    private static URI url(ConfigSources src, Setting s) {
        String raw = text(src, s);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            URI u = URI.create(raw);
            if (u.isAbsolute()
                    && u.getHost() != null
                    && (u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                return u;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ServerConfig.invalid(s, raw);
    }

    private static String optional(ConfigSources src, Setting s) {
        return src.get(s).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }

    private static String text(ConfigSources src, Setting s) {
        return src.get(s).map(String::strip).filter(v -> !v.isEmpty()).orElse(s.defaultValue());
    }
}
