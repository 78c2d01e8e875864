package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.LEASE;
import static dev.framewright.store.jdbc.Fixtures.T0;
import static dev.framewright.store.jdbc.Fixtures.aFile;
import static dev.framewright.store.jdbc.Fixtures.anExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.ExecutionStatus;
import dev.framewright.core.auth.Team;
import dev.framewright.core.executions.ExecutionFilter;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.UploadState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several threads writing through the same store at once (one pool, as in one process): workers
 * claiming under their own ids never claim an execution twice, leave none behind or run a team over
 * its cap; the upload sweeper and PUTs racing for the same files each see one truthful outcome. On
 * SQLite this also proves the write lock is taken up front (a read-then-write transaction would
 * otherwise fail with {@code SQLITE_BUSY}).
 */
interface ConcurrencyContract extends StoreUnderTest {
    int WORKERS = 4;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    default void concurrentWorkersClaimEveryExecutionExactlyOnce() throws Exception {
        List<String> ids = storedPending(storedTeam(1000), 200);
        Map<String, String> claimedBy = new ConcurrentHashMap<>();
        Queue<String> doubleClaims = new ConcurrentLinkedQueue<>();

        runWorkers(worker -> () -> {
            for (Optional<ExecutionRecord> e; (e = executions().claim(worker, T0, LEASE)).isPresent(); ) {
                String previous = claimedBy.putIfAbsent(e.get().id(), worker);
                if (previous != null || e.get().attempt() != 1) {
                    doubleClaims.add(e.get().id() + " by " + previous + " and " + worker);
                }
            }
            return null;
        });

        assertThat(doubleClaims).isEmpty();
        assertThat(claimedBy.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            ExecutionRecord e = executions().findById(id).orElseThrow();
            assertThat(e.status()).isEqualTo(ExecutionStatus.RUNNING);
            assertThat(e.leaseOwner()).isEqualTo(claimedBy.get(id));
            assertThat(e.attempt()).isEqualTo(1);
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    default void concurrentWorkersNeverRunMoreThanTheTeamsCap() throws Exception {
        Team team = storedTeam(2);
        List<String> ids = storedPending(team, 60);
        AtomicInteger settled = new AtomicInteger();
        AtomicLong maxRunning = new AtomicLong();
        Map<String, String> claimedBy = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();

        runWorkers(worker -> () -> {
            while (settled.get() < ids.size() && System.nanoTime() < deadline) {
                Optional<ExecutionRecord> e = executions().claim(worker, T0, LEASE);
                if (e.isEmpty()) {
                    Thread.onSpinWait();
                    continue;
                }
                // while this worker holds its claim, one consistent read of how many of the team's run
                maxRunning.accumulateAndGet(runningCount(team), Math::max);
                assertThat(claimedBy.putIfAbsent(e.get().id(), worker)).isNull();
                assertThat(executions().succeed(e.get().id(), worker, 1, List.of(), T0))
                        .isTrue();
                settled.incrementAndGet();
            }
            return null;
        });

        assertThat(settled.get()).isEqualTo(ids.size());
        assertThat(maxRunning.get()).isBetween(1L, 2L);
        assertThat(claimedBy.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    default void sweeperAndUploadsRacingForTheSameFilesReportEachOutcomeOnce() throws Exception {
        Team team = storedTeam();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            FileRecord f = aFile(team).awaitingBytes(T0).build();
            files().insert(f);
            ids.add(f.id());
        }
        Queue<String> consumed = new ConcurrentLinkedQueue<>();
        Queue<String> expired = new ConcurrentLinkedQueue<>();
        Instant later = T0.plusSeconds(1);
        Callable<Void> uploader = () -> {
            for (String id : ids) {
                if (files().consumeUpload(id, "ab".repeat(32), 1, id + "/original", later)) {
                    consumed.add(id);
                }
            }
            return null;
        };
        Callable<Void> sweeper = () -> {
            for (int round = 0; round < 10; round++) {
                expired.addAll(files().expireUploads(later));
            }
            return null;
        };

        runTogether(List.of(uploader, sweeper, uploader, sweeper));
        expired.addAll(files().expireUploads(later));

        List<String> outcomes = new ArrayList<>(consumed);
        outcomes.addAll(expired);
        assertThat(outcomes).as("each file consumed or expired, exactly once").containsExactlyInAnyOrderElementsOf(ids);
        for (String id : consumed) {
            assertThat(files().findById(id).orElseThrow().uploadState()).isEqualTo(UploadState.PROCESSING);
        }
        for (String id : expired) {
            assertThat(files().findById(id).orElseThrow().uploadState()).isEqualTo(UploadState.FAILED);
        }
    }

    private long runningCount(Team team) {
        return executions().list(team.id(), ExecutionFilter.NONE, null, 1000).stream()
                .filter(e -> e.status() == ExecutionStatus.RUNNING)
                .count();
    }

    private List<String> storedPending(Team team, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(stored(anExecution(team).createdAt(T0.plusMillis(i % 50)).build())
                    .id());
        }
        return ids;
    }

    /** Runs one task per worker id, all released at once; rethrows the first failure. */
    private static void runWorkers(Function<String, Callable<Void>> task) throws Exception {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            tasks.add(task.apply("worker-" + w));
        }
        runTogether(tasks);
    }

    private static void runTogether(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> done = new ArrayList<>();
            for (Callable<Void> body : tasks) {
                done.add(pool.submit(() -> {
                    start.await();
                    return body.call();
                }));
            }
            start.countDown();
            for (Future<Void> f : done) {
                f.get(15, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
