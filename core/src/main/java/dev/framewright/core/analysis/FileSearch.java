package dev.framewright.core.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.ApiException;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.executions.InputReader;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v1/files/search} (API.md §3.2, §10.6): embeds the query and ranks the team's analysed
 * GLOBAL, non-archived files by similarity, descending, ties by file id. Similarity is the best cosine
 * between the query's embedding and the file's ({@link Analysis#embeddings()}), boosted by exact query
 * words found in the file's name, description and transcript ({@value #COSINE_WEIGHT}·cos + {@value
 * #KEYWORD_WEIGHT}·keyword share, ENGINES.md), clamped to 0..1.
 * Thread-safe.
 */
public final class FileSearch {
    static final double COSINE_WEIGHT = 0.8;
    static final double KEYWORD_WEIGHT = 0.2;

    private final AnalysisStore store;
    private final FileStore files;
    private final AnalysisEngines engines;

    public FileSearch(AnalysisStore store, FileStore files, AnalysisEngines engines) {
        this.store = store;
        this.files = files;
        this.engines = engines;
    }

    /** One result: the file and its similarity in 0..1. */
    public record Hit(FileRecord file, double similarity) {}

    /**
     * Validates the request body, then searches.
     *
     * @throws ApiException 400 {@code invalid_parameters} naming the field; 503 {@code
     *     engine_unavailable} when no embedding model can run
     */
    public List<Hit> search(Principal caller, ObjectNode body) {
        InputReader in = new InputReader(body);
        String query = in.string("query", true, 1000);
        int max = in.integer("numResults", 1, 100, 10);
        boolean selfOnly = in.bool("selfOnly", false);
        TextEmbedder embedder = engines.embedder()
                .orElseThrow(() -> ApiException.engineUnavailable(
                        "No search embedding engine is available on this" + " server (see GET /v1/resources/engines)"));
        float[] q;
        try {
            q = embedder.embed(query);
        } catch (IOException e) {
            throw ApiException.engineUnavailable("The search embedding engine could not run");
        }
        List<Scored> ranked = rank(
                q,
                Keywords.words(query),
                store.candidates(caller.teamId(), selfOnly ? caller.keyId() : null, embedder.model()));
        List<Hit> hits = new ArrayList<>();
        for (Scored s : ranked) {
            if (hits.size() == max) {
                break;
            }
            // a file archived since the candidates were read is left out
            Optional<FileRecord> f = files.find(caller.teamId(), s.fileId()).filter(r -> !r.archived());
            f.ifPresent(r -> hits.add(new Hit(r, s.similarity())));
        }
        return hits;
    }

    private record Scored(String fileId, double similarity) {}

    private static List<Scored> rank(float[] query, Set<String> queryWords, List<SearchCandidate> candidates) {
        List<Scored> out = new ArrayList<>(candidates.size());
        for (SearchCandidate c : candidates) {
            out.add(new Scored(c.fileId(), similarity(query, queryWords, c)));
        }
        out.sort(Comparator.comparingDouble(Scored::similarity).reversed().thenComparing(Scored::fileId));
        return out;
    }

    static double similarity(float[] query, Set<String> queryWords, SearchCandidate c) {
        double cos = 0;
        for (float[] v : c.embeddings()) {
            cos = Math.max(cos, Vectors.cosine(query, v));
        }
        double keywords = Keywords.score(queryWords, Keywords.words(c.text()));
        double s = Math.min(1, Math.max(0, COSINE_WEIGHT * cos + KEYWORD_WEIGHT * keywords));
        return Math.round(s * 1e6) / 1e6;
    }
}
