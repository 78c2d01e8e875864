package dev.framewright.core.analysis;

import dev.framewright.core.executions.EngineInfo;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The analysis engines of this node and their status for {@code GET /v1/resources/engines}
 * ({@code ANALYZE_DESCRIPTION}, {@code ANALYZE_TRANSCRIPT}, {@code SEARCH_EMBEDDING}). The embedding
 * model is switched off by naming it in {@code engines-disabled}; the describer applies the same
 * setting to its own engines. Thread-safe.
 */
public final class AnalysisEngines {
    static final String DISABLED = "disabled by configuration (FRAMEWRIGHT_ENGINES_DISABLED)";

    private final MediaDescriber describer;
    private final TextEmbedder embedder;
    private final boolean embedderDisabled;

    public AnalysisEngines(MediaDescriber describer, TextEmbedder embedder, Set<String> disabled) {
        this.describer = describer;
        this.embedder = embedder;
        this.embedderDisabled = disabled.contains(embedder.probe().engine());
    }

    public MediaDescriber describer() {
        return describer;
    }

    /** The embedding model when it can run now. */
    public Optional<TextEmbedder> embedder() {
        return embedderDisabled || !embedder.probe().available() ? Optional.empty() : Optional.of(embedder);
    }

    public EngineInfo description() {
        return describer.descriptionStatus();
    }

    public EngineInfo transcript() {
        return describer.transcriptStatus();
    }

    public EngineInfo embedding() {
        EngineInfo info = embedder.probe();
        return embedderDisabled
                ? new EngineInfo(info.engine(), info.version(), info.license(), false, DISABLED, info.details())
                : info;
    }

    /** Every engine name these engines answer to in {@code engines-disabled}. */
    public Set<String> engineNames() {
        Set<String> names = new TreeSet<>(describer.engineNames());
        names.add(embedder.probe().engine());
        return names;
    }
}
