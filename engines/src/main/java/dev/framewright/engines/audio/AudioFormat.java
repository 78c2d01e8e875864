package dev.framewright.engines.audio;

import java.util.List;
import java.util.Locale;

/** The file format of audio outputs (setting {@code tts-output-format}). */
public enum AudioFormat {
    /** MP3, 44.1 kHz, constant 128 kb/s (LAME through ffmpeg). */
    MP3("audio/mpeg", "mp3", List.of("-c:a", "libmp3lame", "-b:a", "128k")),
    /** WAVE, 16-bit PCM, 44.1 kHz. */
    WAV("audio/wav", "wav", List.of("-c:a", "pcm_s16le"));

    private final String contentType;
    private final String extension;
    private final List<String> ffmpegCodec;

    AudioFormat(String contentType, String extension, List<String> ffmpegCodec) {
        this.contentType = contentType;
        this.extension = extension;
        this.ffmpegCodec = ffmpegCodec;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    List<String> ffmpegCodec() {
        return ffmpegCodec;
    }

    /** {@code mp3} or {@code wav}, any case. */
    public static AudioFormat parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "mp3" -> MP3;
            case "wav" -> WAV;
            default -> throw new IllegalArgumentException("audio format must be mp3 or wav: " + name);
        };
    }
}
