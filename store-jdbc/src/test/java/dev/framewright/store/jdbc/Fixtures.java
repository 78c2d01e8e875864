package dev.framewright.store.jdbc;

import dev.framewright.contract.IdPrefix;
import dev.framewright.core.Hashing;
import dev.framewright.core.auth.ApiKey;
import dev.framewright.core.auth.Team;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed times, predictable ids and data builders for the store suites. Ids count up, so id order is
 * creation order of the fixture; all times are whole milliseconds (what the schema keeps).
 */
final class Fixtures {
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    static final Duration LEASE = Duration.ofSeconds(30);
    static final int MAX_ATTEMPTS = 3;

    private static final AtomicLong SEQUENCE = new AtomicLong(1_000_000);

    private Fixtures() {}

    /** {@code seconds} after {@link #T0}. */
    static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    /** A well-formed id whose 22-character body is a zero-padded counter. */
    static String nextId(IdPrefix prefix) {
        return prefix.prefix() + String.format("%022d", SEQUENCE.incrementAndGet());
    }

    static Team aTeam() {
        return aTeam(Team.DEFAULT_CONCURRENCY_CAP);
    }

    static Team aTeam(int concurrencyCap) {
        String id = nextId(IdPrefix.TEAM);
        return new Team(id, "team-" + id.substring(id.length() - 6), false, concurrencyCap, T0);
    }

    static ApiKey aKey(Team team) {
        String id = nextId(IdPrefix.API_KEY);
        return new ApiKey(id, team.id(), "ci key", Hashing.sha256Hex(id + "_secret"), T0, null);
    }

    static FileBuilder aFile(Team team) {
        return new FileBuilder(nextId(IdPrefix.FILE), team.id());
    }

    static ExecutionBuilder anExecution(Team team) {
        return new ExecutionBuilder(nextId(IdPrefix.EXECUTION), team.id());
    }
}
