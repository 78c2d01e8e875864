package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.ExecutionBuilder.from;
import static dev.framewright.store.jdbc.Fixtures.LEASE;
import static dev.framewright.store.jdbc.Fixtures.MAX_ATTEMPTS;
import static dev.framewright.store.jdbc.Fixtures.aFile;
import static dev.framewright.store.jdbc.Fixtures.anExecution;
import static dev.framewright.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.core.auth.Team;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionStore;
import dev.framewright.core.executions.ExecutionStore.LeaseState;
import dev.framewright.core.files.FileRecord;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The queue side of the {@code ExecutionStore}: claim order, team caps, attempts and the reaper. */
interface ExecutionQueueContract extends StoreUnderTest {
    default String claimedId(String worker) {
        return executions()
                .claim(worker, at(10), LEASE)
                .map(ExecutionRecord::id)
                .orElse(null);
    }

    @Test
    default void claimOfAnEmptyQueueIsEmpty() {
        assertThat(executions().claim("w1", at(0), LEASE)).isEmpty();
    }

    @Test
    default void claimTakesTheOldestPendingFirstTiesById() {
        Team team = storedTeam(10);
        ExecutionRecord tieLow = anExecution(team).createdAt(at(2)).build();
        ExecutionRecord tieHigh = anExecution(team).createdAt(at(2)).build();
        ExecutionRecord oldest = anExecution(team).createdAt(at(1)).build();
        ExecutionRecord newest = anExecution(team).createdAt(at(3)).build();
        for (ExecutionRecord e : List.of(newest, tieHigh, oldest, tieLow)) {
            stored(e);
        }

        Optional<ExecutionRecord> first = executions().claim("w1", at(10), LEASE);

        assertThat(first)
                .contains(from(oldest)
                        .running("w1", 1, at(10).plus(LEASE), at(10))
                        .build());
        assertThat(List.of(claimedId("w2"), claimedId("w1"), claimedId("w3")))
                .containsExactly(tieLow.id(), tieHigh.id(), newest.id());
        assertThat(executions().claim("w1", at(10), LEASE)).isEmpty();
    }

    @Test
    default void claimRespectsEachTeamsConcurrencyCap() {
        Team capped = storedTeam(2);
        Team other = storedTeam(2);
        ExecutionRecord a = stored(anExecution(capped).createdAt(at(1)).build());
        ExecutionRecord b = stored(anExecution(capped).createdAt(at(2)).build());
        ExecutionRecord c = stored(anExecution(capped).createdAt(at(3)).build());
        ExecutionRecord d = stored(anExecution(other).createdAt(at(4)).build());

        assertThat(List.of(claimedId("w1"), claimedId("w2"))).containsExactly(a.id(), b.id());
        assertThat(claimedId("w3"))
                .as("the capped team's third waits; the other team's runs")
                .isEqualTo(d.id());
        assertThat(claimedId("w4")).isNull();
        assertThat(reload(c)).isEqualTo(c);

        executions().fail(a.id(), "w1", 1, ErrorCode.ENGINE_FAILED, "x", at(11));
        assertThat(claimedId("w4")).isEqualTo(c.id());
    }

    @Test
    default void aSuccessClaimsTheWorkersNextRunInTheSameTransaction() {
        Team capped = storedTeam(1);
        ExecutionRecord a = stored(anExecution(capped).createdAt(at(1)).build());
        ExecutionRecord b = stored(anExecution(capped).createdAt(at(2)).build());
        assertThat(claimedId("w1")).isEqualTo(a.id());
        assertThat(claimedId("w2")).as("the team's cap of 1 is taken by a").isNull();

        FileRecord output = aFile(capped).sourceExecution(a.id()).build();
        ExecutionStore.SucceededThenClaimed result =
                executions().succeedThenClaim(a.id(), "w1", 1, List.of(output), at(20), LEASE);

        assertThat(result.succeeded()).isTrue();
        assertThat(files().findById(output.id())).isPresent();
        assertThat(reload(a).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(result.next())
                .as("a's success freed the cap within the transaction, so b is claimed by the same worker")
                .contains(from(b).running("w1", 1, at(20).plus(LEASE), at(20)).build());
        assertThat(reload(b)).isEqualTo(result.next().orElseThrow());

        // a refused success (the lease is gone) claims nothing
        ExecutionStore.SucceededThenClaimed refused =
                executions().succeedThenClaim(a.id(), "w1", 1, List.of(), at(21), LEASE);
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.next()).isEmpty();
        // and a success with nothing waiting claims nothing either
        ExecutionStore.SucceededThenClaimed last =
                executions().succeedThenClaim(b.id(), "w1", 1, List.of(), at(22), LEASE);
        assertThat(last.succeeded()).isTrue();
        assertThat(last.next()).isEmpty();
    }

    @Test
    default void aReclaimedExecutionRunsTheNextAttemptAndFencesOffTheOldWorker() {
        Team team = storedTeam();
        ExecutionRecord first = running(team, "w1", at(0));

        assertThat(executions().reapExpired(at(31), MAX_ATTEMPTS)).isEqualTo(1);
        assertThat(reload(first)).isEqualTo(from(first).requeued().build());

        ExecutionRecord second = executions().claim("w2", at(40), LEASE).orElseThrow();
        assertThat(second).isEqualTo(from(first).running("w2", 2, at(70), at(0)).build());

        FileRecord zombieOutput = aFile(team).sourceExecution(first.id()).build();
        assertThat(executions().heartbeat(first.id(), "w1", 1, at(90), at(90), 99))
                .isEqualTo(LeaseState.LOST);
        assertThat(executions().succeed(first.id(), "w1", 1, List.of(zombieOutput), at(41)))
                .isFalse();
        assertThat(executions().fail(first.id(), "w1", 1, ErrorCode.ENGINE_FAILED, "x", at(41)))
                .isFalse();
        assertThat(executions().settleCancelled(first.id(), "w1", 1, at(41))).isFalse();
        assertThat(files().findById(zombieOutput.id())).isEmpty();
        assertThat(reload(first)).isEqualTo(second);

        assertThat(executions().succeed(first.id(), "w2", 2, List.of(), at(42))).isTrue();
    }

    @Test
    default void reapExpiredRequeuesFailsOrCancelsEachExpiredRunAndLeavesLiveOnes() {
        Team team = storedTeam(10);
        ExecutionRecord exhausted = runOutOfAttempts(team);
        ExecutionRecord retry = running(team, "w1", at(100));
        ExecutionRecord cancelling = running(team, "w2", at(100));
        executions().requestCancel(team.id(), cancelling.id(), at(101));
        ExecutionRecord alive = running(team, "w3", at(100));
        executions().heartbeat(alive.id(), "w3", 1, at(500), at(500), 30);

        assertThat(executions().reapExpired(at(200), MAX_ATTEMPTS)).isEqualTo(3);

        assertThat(reload(exhausted))
                .isEqualTo(from(exhausted)
                        .failed(
                                ErrorCode.INTERNAL_ERROR,
                                "The execution was interrupted 3 times (server restarts "
                                        + "or lost workers) and was given up",
                                at(200))
                        .build());
        assertThat(reload(retry)).isEqualTo(from(retry).requeued().build());
        assertThat(reload(cancelling))
                .isEqualTo(from(cancelling).cancelRequested().cancelled(at(200)).build());
        assertThat(reload(alive))
                .isEqualTo(from(alive).lease(at(500)).progress(30).build());
        assertThat(executions().reapExpired(at(200), MAX_ATTEMPTS)).isZero();
    }

    @Test
    default void reapExpiredLeavesUnexpiredLeasesAndPendingRowsAlone() {
        Team team = storedTeam();
        ExecutionRecord run = running(team, "w1", at(0));
        ExecutionRecord pending = stored(anExecution(team).createdAt(at(1)).build());

        assertThat(executions().reapExpired(at(29), MAX_ATTEMPTS)).isZero();
        assertThat(reload(run)).isEqualTo(run);
        assertThat(reload(pending)).isEqualTo(pending);
    }

    /** A running execution on its last attempt, its lease ending at {@code at(92)}. */
    private ExecutionRecord runOutOfAttempts(Team team) {
        ExecutionRecord run = running(team, "w0", at(0));
        for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
            executions().reapExpired(run.leaseExpiresAt().plusSeconds(1), MAX_ATTEMPTS);
            run = executions()
                    .claim("w0", run.leaseExpiresAt().plusSeconds(1), LEASE)
                    .orElseThrow();
            assertThat(run.attempt()).isEqualTo(attempt);
        }
        return run;
    }
}
