package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.ExecutionBuilder.from;
import static dev.framewright.store.jdbc.Fixtures.aFile;
import static dev.framewright.store.jdbc.Fixtures.anExecution;
import static dev.framewright.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.Cursor;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.auth.Team;
import dev.framewright.core.executions.ExecutionFilter;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionStore;
import dev.framewright.core.executions.ExecutionStore.LeaseState;
import dev.framewright.core.files.FileRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link ExecutionStore} contract for one execution: scoping, heartbeats and the fenced settle
 * writes (lease owner + attempt + status), and cancellation.
 */
interface ExecutionStoreContract extends StoreUnderTest {
    String UNKNOWN = "vg_exec_9999999999999999999999";

    @Test
    default void insertedExecutionRoundTripsAndFindIsScopedToTheTeam() {
        Team mine = storedTeam();
        Team theirs = storedTeam();
        ExecutionRecord tts =
                stored(anExecution(mine).textToSpeech().createdAt(at(3)).build());
        ExecutionRecord image = stored(anExecution(mine).build());

        assertThat(executions().find(mine.id(), tts.id())).contains(tts);
        assertThat(executions().find(mine.id(), image.id())).contains(image);
        assertThat(executions().find(theirs.id(), tts.id())).isEmpty();
        assertThat(executions().find(mine.id(), UNKNOWN)).isEmpty();
        assertThat(executions().findById(tts.id())).contains(tts);
        assertThat(executions().findById(UNKNOWN)).isEmpty();
    }

    @Test
    default void heartbeatExtendsTheLeaseAndProgressNeverDecreases() {
        ExecutionRecord run = running(storedTeam(), "w1", at(0));

        assertThat(executions().heartbeat(run.id(), "w1", 1, at(60), at(60), 40))
                .isEqualTo(LeaseState.HELD);
        assertThat(reload(run)).isEqualTo(from(run).lease(at(60)).progress(40).build());

        assertThat(executions().heartbeat(run.id(), "w1", 1, at(90), at(90), 20))
                .isEqualTo(LeaseState.HELD);
        assertThat(reload(run)).isEqualTo(from(run).lease(at(90)).progress(40).build());
    }

    @Test
    default void heartbeatOfAnotherOwnerOrAttemptIsLostAndChangesNothing() {
        ExecutionRecord run = running(storedTeam(), "w1", at(0));

        assertThat(executions().heartbeat(run.id(), "w2", 1, at(60), at(60), 50))
                .isEqualTo(LeaseState.LOST);
        assertThat(executions().heartbeat(run.id(), "w1", 2, at(60), at(60), 50))
                .isEqualTo(LeaseState.LOST);
        assertThat(executions().heartbeat(UNKNOWN, "w1", 1, at(60), at(60), 50)).isEqualTo(LeaseState.LOST);
        assertThat(reload(run)).isEqualTo(run);
    }

    @Test
    default void heartbeatAfterACancelRequestSaysSo() {
        Team team = storedTeam();
        ExecutionRecord run = running(team, "w1", at(0));

        assertThat(executions().requestCancel(team.id(), run.id(), at(5)))
                .contains(from(run).cancelRequested().build());
        assertThat(executions().heartbeat(run.id(), "w1", 1, at(60), at(60), 10))
                .isEqualTo(LeaseState.CANCEL_REQUESTED);
        assertThat(reload(run))
                .isEqualTo(
                        from(run).cancelRequested().lease(at(60)).progress(10).build());
    }

    @Test
    default void succeedInsertsTheOutputsAndSettlesInOneStep() {
        Team team = storedTeam();
        ExecutionRecord run = running(team, "w1", at(0));
        executions().heartbeat(run.id(), "w1", 1, at(40), at(40), 70);
        FileRecord first = aFile(team).sourceExecution(run.id()).build();
        FileRecord second = aFile(team).complete().build();

        assertThat(executions().succeed(run.id(), "w1", 1, List.of(first, second), at(20)))
                .isTrue();

        assertThat(reload(run))
                .isEqualTo(from(run)
                        .succeeded(List.of(first.id(), second.id()), at(20))
                        .build());
        assertThat(files().findById(first.id())).contains(first);
        assertThat(files().findById(second.id())).contains(second);
        assertThat(executions().heartbeat(run.id(), "w1", 1, at(60), at(60), 100))
                .isEqualTo(LeaseState.LOST);
        assertThat(executions().succeed(run.id(), "w1", 1, List.of(), at(21))).isFalse();
    }

    @Test
    default void succeedIsAllOrNothingWhenAnOutputCannotBeStored() {
        Team team = storedTeam();
        ExecutionRecord run = running(team, "w1", at(0));
        FileRecord existing = aFile(team).build();
        files().insert(existing);
        FileRecord fresh = aFile(team).sourceExecution(run.id()).build();

        assertThatThrownBy(() -> executions().succeed(run.id(), "w1", 1, List.of(fresh, existing), at(20)))
                .isInstanceOf(RuntimeException.class);

        assertThat(reload(run)).isEqualTo(run);
        assertThat(files().findById(fresh.id())).isEmpty();
        assertThat(files().findById(existing.id())).contains(existing);
    }

    @Test
    default void succeedWithoutOutputsKeepsAnEmptyResultList() {
        ExecutionRecord run = running(storedTeam(), "w1", at(0));

        assertThat(executions().succeed(run.id(), "w1", 1, List.of(), at(20))).isTrue();

        assertThat(reload(run)).isEqualTo(from(run).succeeded(List.of(), at(20)).build());
    }

    @Test
    default void succeedOfAnotherOwnerOrAttemptWritesNothing() {
        Team team = storedTeam();
        ExecutionRecord run = running(team, "w1", at(0));
        FileRecord output = aFile(team).sourceExecution(run.id()).build();

        assertThat(executions().succeed(run.id(), "w2", 1, List.of(output), at(20)))
                .isFalse();
        assertThat(executions().succeed(run.id(), "w1", 2, List.of(output), at(20)))
                .isFalse();

        assertThat(files().findById(output.id())).isEmpty();
        assertThat(reload(run)).isEqualTo(run);
    }

    @Test
    default void succeedAfterACancelRequestWritesNothingAndTheWorkerSettlesCancelled() {
        Team team = storedTeam();
        ExecutionRecord run = running(team, "w1", at(0));
        executions().requestCancel(team.id(), run.id(), at(5));
        FileRecord output = aFile(team).sourceExecution(run.id()).build();

        assertThat(executions().succeed(run.id(), "w1", 1, List.of(output), at(20)))
                .isFalse();
        assertThat(files().findById(output.id())).isEmpty();
        assertThat(reload(run)).isEqualTo(from(run).cancelRequested().build());

        assertThat(executions().settleCancelled(run.id(), "w1", 1, at(21))).isTrue();
        assertThat(reload(run))
                .isEqualTo(from(run).cancelRequested().cancelled(at(21)).build());
    }

    @Test
    default void failSettlesWithCodeAndMessageOnce() {
        ExecutionRecord run = running(storedTeam(), "w1", at(0));

        assertThat(executions().fail(run.id(), "w1", 1, ErrorCode.ENGINE_FAILED, "ffmpeg exited 1", at(9)))
                .isTrue();
        ExecutionRecord failed = from(run)
                .failed(ErrorCode.ENGINE_FAILED, "ffmpeg exited 1", at(9))
                .build();
        assertThat(reload(run)).isEqualTo(failed);

        assertThat(executions().fail(run.id(), "w1", 1, ErrorCode.TIMED_OUT, "again", at(10)))
                .isFalse();
        assertThat(executions().succeed(run.id(), "w1", 1, List.of(), at(10))).isFalse();
        assertThat(executions().settleCancelled(run.id(), "w1", 1, at(10))).isFalse();
        assertThat(reload(run)).isEqualTo(failed);
    }

    @Test
    default void failIsFencedByOwnerAttemptAndACancelRequest() {
        Team team = storedTeam();
        ExecutionRecord run = running(team, "w1", at(0));

        assertThat(executions().fail(run.id(), "w2", 1, ErrorCode.ENGINE_FAILED, "x", at(9)))
                .isFalse();
        assertThat(executions().fail(run.id(), "w1", 2, ErrorCode.ENGINE_FAILED, "x", at(9)))
                .isFalse();
        assertThat(reload(run)).isEqualTo(run);

        // a cancel arrived while the tool failed: the truthful end is cancelled (ExecutionWorker falls back)
        executions().requestCancel(team.id(), run.id(), at(5));
        assertThat(executions().fail(run.id(), "w1", 1, ErrorCode.ENGINE_FAILED, "x", at(9)))
                .isFalse();
        assertThat(reload(run)).isEqualTo(from(run).cancelRequested().build());
    }

    @Test
    default void settleCancelledIsFencedByOwnerAttemptAndStatus() {
        Team team = storedTeam();
        ExecutionRecord run = running(team, "w1", at(0));
        ExecutionRecord pending = stored(anExecution(team).createdAt(at(1)).build());

        assertThat(executions().settleCancelled(run.id(), "w2", 1, at(9))).isFalse();
        assertThat(executions().settleCancelled(run.id(), "w1", 2, at(9))).isFalse();
        assertThat(executions().settleCancelled(pending.id(), "w1", 0, at(9))).isFalse();
        assertThat(reload(run)).isEqualTo(run);
        assertThat(reload(pending)).isEqualTo(pending);

        assertThat(executions().settleCancelled(run.id(), "w1", 1, at(9))).isTrue();
        assertThat(reload(run)).isEqualTo(from(run).cancelled(at(9)).build());
    }

    @Test
    default void requestCancelOfAPendingExecutionCancelsAtOnce() {
        Team team = storedTeam();
        ExecutionRecord pending = stored(anExecution(team).build());
        ExecutionRecord cancelled = from(pending).cancelled(at(7)).build();

        assertThat(executions().requestCancel(team.id(), pending.id(), at(7))).contains(cancelled);
        assertThat(executions().claim("w1", at(8), Fixtures.LEASE)).isEmpty();
        assertThat(reload(pending)).isEqualTo(cancelled);
    }

    @Test
    default void requestCancelOfATerminalExecutionChangesNothing() {
        Team team = storedTeam();
        ExecutionRecord run = running(team, "w1", at(0));
        executions().succeed(run.id(), "w1", 1, List.of(), at(5));
        ExecutionRecord succeeded = reload(run);

        assertThat(executions().requestCancel(team.id(), run.id(), at(9))).contains(succeeded);
        assertThat(reload(run)).isEqualTo(succeeded);
    }

    @Test
    default void requestCancelIsScopedToTheTeam() {
        Team mine = storedTeam();
        Team theirs = storedTeam();
        ExecutionRecord pending = stored(anExecution(mine).build());

        assertThat(executions().requestCancel(theirs.id(), pending.id(), at(7))).isEmpty();
        assertThat(executions().requestCancel(mine.id(), UNKNOWN, at(7))).isEmpty();
        assertThat(reload(pending)).isEqualTo(pending);
    }

    @Test
    default void listIsNewestFirstTiesByIdDescendingInKeysetPages() {
        Team team = storedTeam();
        List<ExecutionRecord> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            expected.add(0, stored(anExecution(team).createdAt(at(i / 2)).build()));
        }
        stored(anExecution(storedTeam()).createdAt(at(50)).build());

        assertThat(executions().list(team.id(), ExecutionFilter.NONE, null, 100))
                .containsExactlyElementsOf(expected);

        List<ExecutionRecord> walked = new ArrayList<>();
        Cursor after = null;
        do {
            Paging paging = new Paging(2, after, "executions", "");
            Page<ExecutionRecord> page = paging.page(
                    executions().list(team.id(), ExecutionFilter.NONE, after, 3),
                    e -> e.createdAt().toEpochMilli(),
                    ExecutionRecord::id);
            assertThat(page.items()).hasSizeBetween(1, 2);
            walked.addAll(page.items());
            after = page.hasMore() ? Cursor.decode(page.nextCursor(), "executions", "") : null;
        } while (after != null);
        assertThat(walked).containsExactlyElementsOf(expected);
    }
}
