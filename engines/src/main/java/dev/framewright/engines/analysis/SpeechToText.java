package dev.framewright.engines.analysis;

import dev.framewright.core.executions.EngineInfo;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Transcribes speech. Thread-safe; {@link #NONE} hears nothing (the metadata-only fallback).
 * Recognition is approximate: callers say so wherever they show the text.
 */
interface SpeechToText {
    SpeechToText NONE = new SpeechToText() {
        @Override
        public EngineInfo probe() {
            return EngineInfo.unavailable("none", null, null, "no speech recogniser is installed");
        }

        @Override
        public String transcribe(Path wav16k, Path workDir) {
            return "";
        }
    };

    /** Cheap; may be cached. */
    EngineInfo probe();

    /**
     * The words spoken in {@code wav16k} (16 kHz mono 16-bit WAV), blank when it holds no recognisable
     * speech (music and noise included).
     *
     * @throws IOException the engine failed on this audio
     */
    String transcribe(Path wav16k, Path workDir) throws IOException, InterruptedException;
}
