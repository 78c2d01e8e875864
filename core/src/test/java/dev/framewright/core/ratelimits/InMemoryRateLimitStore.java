package dev.framewright.core.ratelimits;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/** A single-process {@link RateLimitStore} for the policy tests; records what was deleted. */
final class InMemoryRateLimitStore implements RateLimitStore {
    final Map<String, Integer> counts = new HashMap<>();
    final Map<String, RateLimits> overrides = new HashMap<>();
    int purges;
    Instant lastPurgeBefore;

    @Override
    public synchronized OptionalInt tryAcquire(String keyId, RateGroup group, Instant windowStart, int limit) {
        String k = keyId + " " + group + " " + windowStart.toEpochMilli();
        int n = counts.getOrDefault(k, 0);
        if (n >= limit) {
            return OptionalInt.empty();
        }
        counts.put(k, n + 1);
        return OptionalInt.of(n + 1);
    }

    @Override
    public synchronized int deleteWindowsBefore(Instant before) {
        purges++;
        lastPurgeBefore = before;
        int size = counts.size();
        counts.keySet().removeIf(k -> Long.parseLong(k.substring(k.lastIndexOf(' ') + 1)) < before.toEpochMilli());
        return size - counts.size();
    }

    @Override
    public synchronized OptionalInt override(String keyId, String teamId, RateGroup group) {
        OptionalInt key = overrides(keyId).of(group);
        return key.isPresent() ? key : overrides(teamId).of(group);
    }

    @Override
    public synchronized RateLimits overrides(String subjectId) {
        return overrides.getOrDefault(subjectId, RateLimits.NONE);
    }

    @Override
    public synchronized void replaceOverrides(String subjectId, RateLimits limits) {
        overrides.put(subjectId, limits);
    }
}
