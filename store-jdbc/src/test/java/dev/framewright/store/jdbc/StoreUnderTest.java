package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.LEASE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.core.auth.Team;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionStore;
import dev.framewright.core.files.FileStore;
import java.time.Instant;

/**
 * What every contract interface needs: the started storage of the backend under test (emptied before
 * each test) and a few steps shared by several suites.
 */
interface StoreUnderTest {
    JdbcStorage storage();

    default FileStore files() {
        return storage().files();
    }

    default ExecutionStore executions() {
        return storage().executions();
    }

    default Team storedTeam(int concurrencyCap) {
        Team team = Fixtures.aTeam(concurrencyCap);
        storage().teams().insert(team);
        return team;
    }

    default Team storedTeam() {
        return storedTeam(Team.DEFAULT_CONCURRENCY_CAP);
    }

    default ExecutionRecord stored(ExecutionRecord e) {
        executions().insert(e);
        return e;
    }

    /** Inserts a pending execution and claims it as {@code worker} at {@code now}; it must be the oldest. */
    default ExecutionRecord running(Team team, String worker, Instant now) {
        ExecutionRecord pending =
                stored(Fixtures.anExecution(team).createdAt(now).build());
        ExecutionRecord claimed = executions().claim(worker, now, LEASE).orElseThrow();
        assertThat(claimed.id()).isEqualTo(pending.id());
        return claimed;
    }

    default ExecutionRecord reload(ExecutionRecord e) {
        return executions().findById(e.id()).orElseThrow();
    }
}
