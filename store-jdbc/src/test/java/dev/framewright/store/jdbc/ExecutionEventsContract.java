package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.LEASE;
import static dev.framewright.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.core.auth.Team;
import dev.framewright.core.executions.ExecutionEvent;
import dev.framewright.core.executions.ExecutionRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored events of executions: written with every state change, in order, readable after any id. */
interface ExecutionEventsContract extends StoreUnderTest {
    private static List<String> kinds(List<ExecutionEvent> events) {
        return events.stream()
                .map(e -> e.seq() + ":" + e.event() + ":" + e.status().wire() + ":" + e.progress())
                .toList();
    }

    @Test
    default void aSuccessfulRunLeavesPendingRunningProgressSucceeded() {
        Team team = storedTeam();
        ExecutionRecord run = running(team, "w1", at(10));
        executions().heartbeat(run.id(), "w1", 1, at(11), at(41), 40);
        executions().heartbeat(run.id(), "w1", 1, at(12), at(42), 40); // no change: no event
        executions().heartbeat(run.id(), "w1", 1, at(13), at(43), 70);
        executions().succeed(run.id(), "w1", 1, List.of(), at(14));

        List<ExecutionEvent> all = executions().events(run.id(), 0);
        assertThat(kinds(all))
                .containsExactly(
                        "1:status:pending:0",
                        "2:status:running:0",
                        "3:progress:running:40",
                        "4:progress:running:70",
                        "5:status:succeeded:100");
        assertThat(all.get(4).at()).isEqualTo(at(14));
        assertThat(kinds(executions().events(run.id(), 3)))
                .containsExactly("4:progress:running:70", "5:status:succeeded:100");
        assertThat(executions().events(run.id(), 5)).isEmpty();
    }

    @Test
    default void cancelFailAndReapedRunsEndWithTheirTerminalEvent() {
        Team team = storedTeam(10);
        ExecutionRecord pending =
                stored(Fixtures.anExecution(team).createdAt(at(1)).build());
        executions().requestCancel(team.id(), pending.id(), at(2));
        assertThat(kinds(executions().events(pending.id(), 0)))
                .containsExactly("1:status:pending:0", "2:status:cancelled:0");

        ExecutionRecord failing = running(team, "w1", at(3));
        executions().fail(failing.id(), "w1", 1, ErrorCode.ENGINE_FAILED, "boom", at(4));
        assertThat(executions().events(failing.id(), 0)).last().satisfies(e -> assertThat(e.status())
                .isEqualTo(ExecutionStatus.FAILED));

        ExecutionRecord orphan = running(team, "w2", at(5));
        executions().reapExpired(at(5).plus(LEASE).plusSeconds(1), 3);
        // a transparent re-run: no status change is visible, so no event
        assertThat(kinds(executions().events(orphan.id(), 0)))
                .containsExactly("1:status:pending:0", "2:status:running:0");
        assertThat(reload(orphan).status()).isEqualTo(ExecutionStatus.RUNNING);
        ExecutionRecord again = executions().claim("w3", at(60), LEASE).orElseThrow();
        assertThat(again.id()).isEqualTo(orphan.id());
        assertThat(again.attempt()).isEqualTo(2);
        assertThat(executions().events(orphan.id(), 0)).hasSize(2);
    }

    @Test
    default void anOrphanedRunCancelsAtOnce() {
        Team team = storedTeam();
        ExecutionRecord orphan = running(team, "w1", at(5));
        executions().reapExpired(at(5).plus(LEASE).plusSeconds(1), 3);
        ExecutionRecord after =
                executions().requestCancel(team.id(), orphan.id(), at(99)).orElseThrow();
        assertThat(after.status()).isEqualTo(ExecutionStatus.CANCELLED);
        assertThat(executions().claim("w2", at(100), LEASE)).isEmpty();
        assertThat(executions().events(orphan.id(), 0)).last().satisfies(e -> assertThat(e.status())
                .isEqualTo(ExecutionStatus.CANCELLED));
    }
}
