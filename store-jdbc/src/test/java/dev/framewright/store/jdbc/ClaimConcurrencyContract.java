package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.LEASE;
import static dev.framewright.store.jdbc.Fixtures.T0;
import static dev.framewright.store.jdbc.Fixtures.anExecution;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.contract.ExecutionStatus;
import dev.framewright.core.auth.Team;
import dev.framewright.core.executions.ExecutionRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several workers claiming from one queue at once, each through the same store (one pool, as in one
 * process) under its own worker id: no execution is claimed twice, none is left behind, and no team
 * ever runs more than its cap.
 */
interface ClaimConcurrencyContract extends StoreUnderTest {
    int WORKERS = 4;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    default void concurrentWorkersClaimEveryExecutionExactlyOnce() throws Exception {
        List<String> ids = storedPending(storedTeam(1000), 200);
        Map<String, String> claimedBy = new ConcurrentHashMap<>();
        List<String> doubleClaims = new ArrayList<>();

        runWorkers(worker -> () -> {
            for (Optional<ExecutionRecord> e; (e = executions().claim(worker, T0, LEASE)).isPresent(); ) {
                String previous = claimedBy.putIfAbsent(e.get().id(), worker);
                if (previous != null || e.get().attempt() != 1) {
                    synchronized (doubleClaims) {
                        doubleClaims.add(e.get().id() + " by " + previous + " and " + worker);
                    }
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
        List<String> ids = storedPending(storedTeam(2), 60);
        AtomicInteger settled = new AtomicInteger();
        // incremented after a claim commits and decremented before the settle commits, so it never
        // exceeds the number of running rows: a value over the cap is a real over-claim
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        Map<String, String> claimedBy = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();

        runWorkers(worker -> () -> {
            while (settled.get() < ids.size() && System.nanoTime() < deadline) {
                Optional<ExecutionRecord> e = executions().claim(worker, T0, LEASE);
                if (e.isEmpty()) {
                    Thread.onSpinWait();
                    continue;
                }
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                assertThat(claimedBy.putIfAbsent(e.get().id(), worker)).isNull();
                inFlight.decrementAndGet();
                assertThat(executions().succeed(e.get().id(), worker, 1, List.of(), T0)).isTrue();
                settled.incrementAndGet();
            }
            return null;
        });

        assertThat(settled.get()).isEqualTo(ids.size());
        assertThat(maxInFlight.get()).isBetween(1, 2);
        assertThat(claimedBy.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    }

    private List<String> storedPending(Team team, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(stored(anExecution(team).createdAt(T0.plusMillis(i % 50)).build()).id());
        }
        return ids;
    }

    /** Runs one task per worker id, all released at once; rethrows the first failure. */
    private static void runWorkers(java.util.function.Function<String, Callable<Void>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> done = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                Callable<Void> body = task.apply("worker-" + w);
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
