package dev.framewright.core.analysis;

import dev.framewright.core.executions.EngineInfo;
import java.io.IOException;

/**
 * A sentence-embedding model (the {@code SEARCH_EMBEDDING} capability, API.md §10.6). Implementations
 * are thread-safe: one shared instance serves analysis workers and search requests at once. Their
 * constructors do no I/O; the model is loaded on the first {@link #embed}.
 */
public interface TextEmbedder {
    /** Name, version, licence and whether the model can run here. Cheap: never loads the model. */
    EngineInfo probe();

    /** Names the vector space; vectors of different models are never compared. */
    String model();

    /**
     * The unit-length embedding of {@code text}. May block for seconds on the first call (model load).
     *
     * @throws IOException the model cannot run (missing, failed to load); {@link #probe()} says so
     *     from then on
     */
    float[] embed(String text) throws IOException;
}
