package dev.framewright.core.auth;

import java.time.Instant;

/**
 * A team owns executions, files and webhook endpoints; every query is scoped to one.
 *
 * @param concurrencyCap at most this many of the team's executions run at once (API.md §1.7)
 * @param watermarkFree the entitlement that allows {@code watermarkMode: NONE} (API.md §10.7)
 */
public record Team(String id, String name, boolean watermarkFree, int concurrencyCap, Instant createdAt) {
    public static final int DEFAULT_CONCURRENCY_CAP = 4;
    public static final String DEFAULT_TEAM_NAME = "default";

    public Team {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("team name is required");
        }
        if (concurrencyCap < 1 || concurrencyCap > 1000) {
            throw new IllegalArgumentException("concurrencyCap must be between 1 and 1000");
        }
    }
}
