package dev.framewright.core.ratelimits;

import dev.framewright.core.auth.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Per-key, per-group request limits in fixed hourly windows aligned to the clock hour (API.md §1.7).
 * The limit of a request is the key's stored override, else its team's, else (default team only)
 * the configured one, else the group's default. Counting is exact across nodes: the store refuses
 * past the limit atomically. A refused request is not counted.
 *
 * <p>Old windows are deleted by the first request of each new window on this node (the previous
 * window is kept for nodes whose clocks lag a little). Thread-safe.
 */
public final class RateLimiter {
    static final Duration WINDOW = Duration.ofHours(1);

    private final RateLimitStore store;
    private final RateLimits defaultTeamLimits;
    private final String defaultTeamId;
    private final Clock clock;
    private final AtomicReference<Instant> purgedFor = new AtomicReference<>(Instant.MIN);

    /**
     * @param defaultTeamLimits configured limits that apply to the default team's keys only
     */
    public RateLimiter(RateLimitStore store, RateLimits defaultTeamLimits, String defaultTeamId, Clock clock) {
        this.store = store;
        this.defaultTeamLimits = defaultTeamLimits;
        this.defaultTeamId = defaultTeamId;
        this.clock = clock;
    }

    /** Counts one request of the caller in {@code group}, unless its window is full. */
    public RateDecision acquire(Principal caller, RateGroup group) {
        Instant now = clock.instant();
        Instant windowStart = now.truncatedTo(ChronoUnit.HOURS);
        purgeOnceFor(windowStart);
        int limit = limit(caller, group);
        var count = store.tryAcquire(caller.keyId(), group, windowStart, limit);
        Instant reset = windowStart.plus(WINDOW);
        long toReset = (Duration.between(now, reset).toNanos() + 999_999_999L) / 1_000_000_000L;
        int remaining = count.isPresent() ? Math.max(0, limit - count.getAsInt()) : 0;
        return new RateDecision(group, limit, remaining, reset.getEpochSecond(), toReset, count.isPresent());
    }

    /** The hourly limit of {@code group} for the caller's key. */
    public int limit(Principal caller, RateGroup group) {
        var stored = store.override(caller.keyId(), caller.teamId(), group);
        if (stored.isPresent()) {
            return stored.getAsInt();
        }
        if (caller.teamId().equals(defaultTeamId)) {
            return defaultTeamLimits.of(group).orElse(group.defaultLimit());
        }
        return group.defaultLimit();
    }

    private void purgeOnceFor(Instant windowStart) {
        Instant last = purgedFor.get();
        if (windowStart.isAfter(last) && purgedFor.compareAndSet(last, windowStart)) {
            store.deleteWindowsBefore(windowStart.minus(WINDOW));
        }
    }
}
