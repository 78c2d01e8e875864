package dev.framewright.core.idempotency;

import java.time.Instant;

/**
 * A stored Idempotency-Key.
 *
 * @param fingerprint hash of the canonical request body
 * @param responseStatus the recorded 2xx status once done, else null
 * @param responseBody the recorded JSON body once done, else null
 */
public record IdempotencyRecord(
        IdempotencyScope scope,
        String fingerprint,
        boolean done,
        Integer responseStatus,
        String responseBody,
        Instant createdAt) {}
