package dev.framewright.store.jdbc;

import dev.framewright.core.ratelimits.RateGroup;
import dev.framewright.core.ratelimits.RateLimitStore;
import dev.framewright.core.ratelimits.RateLimits;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;

/**
 * Rate-limit counters and overrides. Counting is one upsert whose update is guarded by the limit, so
 * the database decides at the boundary: PostgreSQL re-checks the guard on the row a concurrent insert
 * or update committed, SQLite serialises writers.
 */
final class JdbiRateLimitStore implements RateLimitStore {
    private static final String ACQUIRE = "INSERT INTO rate_counters (key_id, grp, window_start, hits) "
            + "VALUES (:key, :grp, :window, 1) ON CONFLICT (key_id, grp, window_start) "
            + "DO UPDATE SET hits = rate_counters.hits + 1 WHERE rate_counters.hits < :limit RETURNING hits";

    private final Jdbi jdbi;

    JdbiRateLimitStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public OptionalInt tryAcquire(String keyId, RateGroup group, Instant windowStart, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return jdbi.withHandle(h -> h.createQuery(ACQUIRE)
                        .bind("key", keyId)
                        .bind("grp", group.policyName())
                        .bind("window", windowStart.toEpochMilli())
                        .bind("limit", limit)
                        .mapTo(Integer.class)
                        .findOne())
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }

    @Override
    public int deleteWindowsBefore(Instant before) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM rate_counters WHERE window_start < :before")
                .bind("before", before.toEpochMilli())
                .execute());
    }

    @Override
    public OptionalInt override(String keyId, String teamId, RateGroup group) {
        Map<String, Integer> found = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT subject_id, request_limit FROM rate_limit_overrides "
                        + "WHERE grp = :grp AND subject_id IN (:key, :team)")
                .bind("grp", group.policyName())
                .bind("key", keyId)
                .bind("team", teamId)
                .map((rs, ctx) -> Map.entry(rs.getString("subject_id"), rs.getInt("request_limit")))
                .forEach(e -> found.put(e.getKey(), e.getValue())));
        Integer limit = found.containsKey(keyId) ? found.get(keyId) : found.get(teamId);
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    @Override
    public RateLimits overrides(String subjectId) {
        Map<RateGroup, Integer> out = new EnumMap<>(RateGroup.class);
        jdbi.useHandle(
                h -> h.createQuery("SELECT grp, request_limit FROM rate_limit_overrides WHERE subject_id = :subject")
                        .bind("subject", subjectId)
                        .map((rs, ctx) -> Map.entry(rs.getString("grp"), rs.getInt("request_limit")))
                        .forEach(e -> out.put(RateGroup.of(e.getKey()), e.getValue())));
        return new RateLimits(out);
    }

    @Override
    public void replaceOverrides(String subjectId, RateLimits limits) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM rate_limit_overrides WHERE subject_id = :subject")
                    .bind("subject", subjectId)
                    .execute();
            limits.limits().forEach((group, limit) -> h.createUpdate("INSERT INTO rate_limit_overrides "
                            + "(subject_id, grp, request_limit) VALUES (:subject, :grp, :limit)")
                    .bind("subject", subjectId)
                    .bind("grp", group.policyName())
                    .bind("limit", limit)
                    .execute());
        });
    }
}
