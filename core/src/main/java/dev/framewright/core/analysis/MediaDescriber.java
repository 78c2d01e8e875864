package dev.framewright.core.analysis;

import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.files.FileRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Describes the content of an uploaded file from its bytes (API.md §10.6): for images the text in
 * them (OCR) and a size, orientation and colour template; for audio and video a transcript of the
 * speech, marked approximate. Every engine behind it has a metadata-only fallback, so a missing
 * engine makes a plainer description, never a failure. Implementations are thread-safe and called
 * on analysis worker threads.
 */
public interface MediaDescriber {
    /** What serves {@code ANALYZE_DESCRIPTION} (always available: the template is the fallback). */
    EngineInfo descriptionStatus();

    /** What serves {@code ANALYZE_TRANSCRIPT}; unavailable when no speech recogniser can run. */
    EngineInfo transcriptStatus();

    /** The engine names an operator may switch off with {@code engines-disabled}. */
    Set<String> engineNames();

    /**
     * Describes {@code media}, the bytes of {@code file} (a ready upload), using {@code workDir} for
     * scratch files (the caller deletes it).
     *
     * @throws IOException the file cannot be read at all (a broken file); engine failures fall back
     * @throws InterruptedException the worker is stopping
     */
    Description describe(FileRecord file, Path media, Path workDir) throws IOException, InterruptedException;

    /**
     * @param description never blank
     * @param transcript the speech in the file, null when it has none (or none was recognised)
     * @param content the words the file itself carries (text read in it, speech), without the
     *     template around them; null when none. Search embeds it on its own as well, so a match on
     *     the content is not diluted by the template
     */
    record Description(String description, String transcript, String content) {
        public Description {
            if (description == null || description.isBlank()) {
                throw new IllegalArgumentException("description is required");
            }
            transcript = transcript == null || transcript.isBlank() ? null : transcript.strip();
            content = content == null || content.isBlank() ? null : content.strip();
        }

        /** A description without separate content. */
        public Description(String description, String transcript) {
            this(description, transcript, null);
        }
    }
}
