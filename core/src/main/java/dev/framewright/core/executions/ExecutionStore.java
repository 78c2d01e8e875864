package dev.framewright.core.executions;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.Cursor;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.idempotency.IdempotencyCompletion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Executions and their queue. Every write that a worker makes is compare-and-set, fenced by the
 * lease owner and attempt, so a worker that lost its lease can never overwrite a result.
 * Implementations are thread-safe and safe across processes sharing one database.
 */
public interface ExecutionStore {
    /** Inserts a pending execution (and its first event). */
    default void insert(ExecutionRecord execution) {
        insert(execution, null);
    }

    /**
     * Inserts a pending execution and, in the same transaction, records the Idempotency-Key response
     * when {@code completion} is not null.
     */
    void insert(ExecutionRecord execution, IdempotencyCompletion completion);

    /** The stored events of an execution after {@code afterSeq}, in order. */
    List<ExecutionEvent> events(String executionId, long afterSeq);

    /** The team's execution; empty when unknown or another team's. */
    Optional<ExecutionRecord> find(String teamId, String executionId);

    Optional<ExecutionRecord> findById(String executionId);

    /**
     * The team's executions, newest first, ties by id descending, after {@code after} (null: from
     * the start), at most {@code max} items.
     */
    List<ExecutionRecord> list(String teamId, ExecutionFilter filter, Cursor after, int max);

    /**
     * Claims the oldest execution waiting to run — pending, or running without a lease owner (a
     * transparent re-run after its worker died) — whose team is under its concurrency cap: status
     * becomes running, attempt +1, lease owned by {@code workerId} until {@code now + lease}.
     */
    Optional<ExecutionRecord> claim(String workerId, Instant now, Duration lease);

    /** Outcome of a heartbeat. */
    enum LeaseState {
        HELD,
        CANCEL_REQUESTED,
        LOST
    }

    /**
     * Extends the lease and records progress (never decreasing; an increase is stored as a progress
     * event at {@code now}).
     */
    LeaseState heartbeat(
            String executionId, String workerId, int attempt, Instant now, Instant leaseUntil, int progress);

    /**
     * Settles success: inserts the output files and marks the execution succeeded in one
     * transaction. False when the lease was lost or a cancel was requested (nothing written).
     */
    boolean succeed(String executionId, String workerId, int attempt, List<FileRecord> outputs, Instant now);

    /**
     * {@link #succeed} and, when it succeeded, {@link #claim} of the next execution for the same
     * worker, in one transaction where the store can (one commit fewer per execution: a busy worker
     * settles one run and takes the next at once).
     */
    default SucceededThenClaimed succeedThenClaim(
            String executionId, String workerId, int attempt, List<FileRecord> outputs, Instant now, Duration lease) {
        if (!succeed(executionId, workerId, attempt, outputs, now)) {
            return new SucceededThenClaimed(false, Optional.empty());
        }
        return new SucceededThenClaimed(true, claim(workerId, now, lease));
    }

    /** What {@link #succeedThenClaim} did: nothing is claimed when the success was refused. */
    record SucceededThenClaimed(boolean succeeded, Optional<ExecutionRecord> next) {}

    /**
     * Settles failure; false when the lease was lost or a cancel was requested meanwhile (then the
     * caller settles {@code cancelled}: an accepted cancel always wins).
     */
    boolean fail(String executionId, String workerId, int attempt, ErrorCode code, String message, Instant now);

    /** Settles a requested cancel after the work has stopped; false when the lease was lost. */
    boolean settleCancelled(String executionId, String workerId, int attempt, Instant now);

    /**
     * Cancels on request (API.md §2.3): pending, or running without an owner → cancelled at once;
     * running → cancel requested; terminal → unchanged. Returns the execution after the change.
     */
    Optional<ExecutionRecord> requestCancel(String teamId, String executionId, Instant now);

    /**
     * Running executions whose lease expired lose their owner and wait for a re-run (they stay
     * {@code running}, API.md §10.1) when attempts remain, else fail with {@code internal_error}; a
     * requested cancel completes. Returns how many were touched.
     */
    int reapExpired(Instant now, int maxAttempts);
}
