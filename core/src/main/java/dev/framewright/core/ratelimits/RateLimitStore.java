package dev.framewright.core.ratelimits;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * The shared counters and the stored limit overrides of the rate limiter. Counters live in the
 * shared store, so every node that uses it enforces one limit together. Implementations are
 * thread-safe; every method may throw the store's unchecked exception when it cannot answer.
 */
public interface RateLimitStore {
    /**
     * Counts one request of {@code keyId} in {@code group}'s window that starts at {@code windowStart},
     * atomically and only while the window holds fewer than {@code limit} requests.
     *
     * @param limit at least 1
     * @return the window's count including this request, or empty when the window was full (nothing was
     *     counted)
     */
    OptionalInt tryAcquire(String keyId, RateGroup group, Instant windowStart, int limit);

    /** Deletes the counters of windows that started before {@code before}; returns how many. */
    int deleteWindowsBefore(Instant before);

    /** The limit of {@code group} for a request of the key: the key's override, else its team's, else empty. */
    OptionalInt override(String keyId, String teamId, RateGroup group);

    /** The overrides of one subject: a team id or a key id. */
    RateLimits overrides(String subjectId);

    /** Replaces every override of one subject (a team id or a key id) with {@code limits}. */
    void replaceOverrides(String subjectId, RateLimits limits);
}
