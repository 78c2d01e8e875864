package dev.framewright.core.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * Persistence of Idempotency-Keys. Completion happens inside the creating store write (see {@link
 * IdempotencyCompletion}). Implementations are thread-safe and safe across nodes.
 */
public interface IdempotencyStore {
    Optional<IdempotencyRecord> find(IdempotencyScope scope);

    /** Records the key in flight; false when a record for the scope already exists. */
    boolean begin(IdempotencyScope scope, String fingerprint, Instant now);

    /**
     * Replaces a record that may be taken over (an expired one, or one in flight since before {@code
     * staleBefore}: its request died); false when another request got there first.
     */
    boolean takeOver(IdempotencyScope scope, IdempotencyRecord stale, String fingerprint, Instant now);

    /** Forgets an in-flight key whose request did not succeed, so the key stays retryable. */
    void release(IdempotencyScope scope);

    /** Deletes records created before {@code before}; returns how many. */
    int purgeCreatedBefore(Instant before);
}
