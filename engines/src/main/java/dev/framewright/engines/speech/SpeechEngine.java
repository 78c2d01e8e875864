package dev.framewright.engines.speech;

import dev.framewright.core.executions.ToolFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * A speech synthesiser: a local program (Festival, flite, eSpeak NG) or a remote service. One instance
 * serves every execution, possibly several at once, so implementations are thread-safe. Constructors
 * do no I/O; {@link #discover()} runs once at start.
 */
public interface SpeechEngine {
    /** Short stable name, e.g. {@code festival}; also {@link SpeechVoice#engine()}. */
    String name();

    /** Version and voices found here; no voices when the engine is not installed or not configured. */
    Discovery discover();

    /** The longest text given to one {@link #synthesize} part, in characters. */
    int maxPartChars();

    /**
     * Speaks each part into its own WAV file in {@code dir}, in order, calling {@code partDone} with the
     * index of each finished part (on the calling thread or a reader thread; it is fast).
     *
     * @param speed the requested rate (0.5–2.0); engines that apply it themselves say so in {@link
     *     Part#speedApplied()}, otherwise the caller time-stretches the result
     * @throws ToolFailure the engine failed or was stopped; its message is shown to users
     */
    List<Part> synthesize(
            SpeechVoice voice,
            List<String> parts,
            double speed,
            Path dir,
            IntConsumer partDone,
            BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException;

    /** What {@link #discover()} found. */
    record Discovery(String version, String license, List<SpeechVoice> voices) {
        public Discovery {
            voices = List.copyOf(voices);
        }

        public static Discovery none() {
            return new Discovery(null, null, List.of());
        }
    }

    /**
     * One synthesised part.
     *
     * @param phones end times of the phones from the start of this part, when the engine reports them
     */
    record Part(Path wav, List<Phone> phones, boolean speedApplied) {
        public Part {
            phones = List.copyOf(phones);
        }
    }

    /** A phone (segment) of the engine's phone set and the time it ends, in seconds. */
    record Phone(String phone, double end) {}
}
