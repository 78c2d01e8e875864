package dev.framewright.core.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The analysis queue and the search index (API.md §10.6). A file enters the queue in the
 * transaction that makes it a ready GLOBAL file ({@code FileStore}: upload processed, or tool output
 * inserted); TEMPORARY files never do. Workers claim with a lease, so several nodes never analyse one
 * file at once, and every settling write is compare-and-set on owner and attempt. Implementations are
 * thread-safe and safe across processes sharing one database.
 *
 * <p>Settling writes are where the {@code file.analysis_completed} / {@code file.analysis_failed}
 * webhook events belong (API.md §9.1, uploads only), in the same transaction.
 */
public interface AnalysisStore {
    /**
     * Claims the file that has waited longest (and whose retry time has come): it becomes running,
     * attempt +1, owned by {@code owner} until {@code now + lease}.
     */
    Optional<AnalysisClaim> claim(String owner, Instant now, Duration lease);

    /**
     * Settles success: writes the file's description and transcript and stores the embedding, in one
     * transaction. False (nothing written) when the claim was lost.
     */
    boolean complete(AnalysisClaim claim, Analysis analysis, Instant now);

    /** Gives the claim back for another attempt after {@code notBefore}; false when the claim was lost. */
    boolean retry(AnalysisClaim claim, String error, Instant notBefore, Instant now);

    /**
     * Settles failure for good: description and transcript stay null, the file is never searchable.
     * False when the claim was lost.
     */
    boolean fail(AnalysisClaim claim, String error, Instant now);

    /**
     * Claims whose worker stopped (lease expired) wait again when attempts remain, else fail. Returns
     * how many rows it touched.
     */
    int reapExpired(Instant now, int maxAttempts);

    /**
     * The team's search candidates in the vector space {@code model}: GLOBAL, non-archived files whose
     * analysis completed with such an embedding; only those created with {@code keyId} when it is not
     * null.
     */
    List<SearchCandidate> candidates(String teamId, String keyId, String model);

    /**
     * Completed analyses without an embedding of {@code model} (the engine was off, or the model
     * changed), at most {@code max}: their files' ids.
     */
    List<String> missingEmbeddings(String model, int max);

    /** Stores late embeddings of a completed analysis; false when the file has none to add them to. */
    boolean setEmbeddings(String fileId, List<float[]> embeddings, String model, Instant now);
}
