package dev.framewright.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.IdPrefix;
import dev.framewright.contract.ToolType;
import dev.framewright.core.Ids;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.auth.Team;
import dev.framewright.core.auth.Teams;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ToolRegistry;
import dev.framewright.core.files.Renditions;
import dev.framewright.core.worker.ExecutionWorker;
import dev.framewright.core.worker.WorkerConfig;
import dev.framewright.storage.LocalDiskBlobStore;
import dev.framewright.store.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The execution queue under load, with a trivial internal tool (writes 16 bytes): submit→running
 * latency at a low submit rate, and completed executions per second for a burst. Measures the
 * real ExecutionService, ExecutionWorker, SQL store and local blob store; only renditions are
 * skipped (the trivial output is not media).
 */
final class QueueBench {
    /** Results of one backend. */
    record Result(
            String backend, double p50Ms, double p99Ms, double perSecond, int executions, double submittedPerSecond) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> submitted = new ConcurrentHashMap<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> order = Collections.synchronizedList(new ArrayList<>());

    /**
     * @param submitters threads submitting the burst at once, like that many API clients (each insert is
     *     its own committed transaction; one thread measures one client's submit rate as well)
     */
    Result run(
            String backend,
            JdbcStorage storage,
            Path dir,
            int workers,
            int warmup,
            int latencySamples,
            int burst,
            int submitters)
            throws Exception {
        Clock clock = Clock.systemUTC();
        Team team = new Teams(storage.teams(), clock).create("bench-" + System.nanoTime(), true, 1000);
        Principal caller = new Principal(team.id(), null, "bench");
        LocalDiskBlobStore blobs = new LocalDiskBlobStore(dir.resolve("blobs"));
        blobs.check();
        ToolRegistry tools = new ToolRegistry(List.of(new TrivialTool(this::started)));
        Renditions renditions = new Renditions(blobs, file -> Optional.empty(), new TrivialTool.NoRenditions());
        ExecutionWorker worker = new ExecutionWorker(
                new WorkerConfig(
                        "bench-" + backend,
                        workers,
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        3,
                        Duration.ofMinutes(5),
                        dir.resolve("scratch")),
                storage.executions(),
                storage.files(),
                blobs,
                tools,
                renditions,
                clock);
        // submissions go straight to the store and wake the worker, exactly as ExecutionService does after it
        // has validated a request (the trivial tool has no input file to validate)
        Submitter service = e -> {
            storage.executions().insert(e);
            worker.created(e);
        };
        worker.start();
        try {
            ObjectNode body = (ObjectNode) JSON.readTree("{\"imageStorageFileId\":\"x\"}");
            // warm-up: JIT (C2 still compiled the hot paths during a burst after 200 runs, taking 12% of the
            // CPU samples then), connection pool, SQLite pages
            submitAndWait(service, storage, caller, body, warmup);
            latencies.clear();
            // latency: one submit every 5 ms on an idle queue
            for (int i = 0; i < latencySamples; i++) {
                submit(service, caller, body);
                Thread.sleep(5);
            }
            awaitAll(storage, team.id());
            order.clear();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double p50 = sorted.get(sorted.size() / 2) / 1e6;
            double p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6;
            // throughput: a burst, from first submit to the last completion the store recorded (the
            // clock the worker stamps completedAt with)
            Instant start = clock.instant();
            long t0 = System.nanoTime();
            submitBurst(service, caller, body, burst, submitters);
            double submitSeconds = (System.nanoTime() - t0) / 1e9;
            Instant lastCompleted = awaitAll(storage, team.id());
            double seconds = Duration.between(start, lastCompleted).toNanos() / 1e9;
            return new Result(backend, p50, p99, burst / seconds, burst, burst / submitSeconds);
        } finally {
            worker.close();
        }
    }

    private void submitBurst(Submitter service, Principal caller, ObjectNode body, int burst, int submitters)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < submitters; t++) {
            int share = burst / submitters + (t < burst % submitters ? 1 : 0);
            threads.add(Thread.ofPlatform().name("submitter-" + t).start(() -> {
                for (int i = 0; i < share; i++) {
                    submit(service, caller, body);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    private interface Submitter {
        void submit(ExecutionRecord e);
    }

    private void submitAndWait(Submitter service, JdbcStorage storage, Principal caller, ObjectNode body, int n)
            throws InterruptedException {
        for (int i = 0; i < n; i++) {
            submit(service, caller, body);
        }
        awaitAll(storage, caller.teamId());
        order.clear();
    }

    private void submit(Submitter service, Principal caller, ObjectNode body) {
        long t = System.nanoTime();
        ExecutionRecord e = ExecutionRecord.pending(
                Ids.newId(IdPrefix.EXECUTION),
                caller.teamId(),
                null,
                ToolType.UPSCALE_IMAGE,
                body.toString(),
                1,
                true,
                false,
                Clock.systemUTC().instant());
        submitted.put(e.id(), t);
        order.add(e.id());
        service.submit(e);
    }

    /**
     * Waits until every submitted execution succeeded and returns the latest completion. The newest is
     * awaited first (workers claim the oldest first, so it completes about last), so while the queue
     * drains the poller reads the store once per {@code bench.pollMs} (20 ms) rather than once per
     * execution, taking little from the system it measures; the others are then read once each.
     */
    private Instant awaitAll(JdbcStorage storage, String teamId) throws InterruptedException {
        List<String> ids = List.copyOf(order);
        Instant last = Instant.EPOCH;
        for (int i = ids.size() - 1; i >= 0; i--) {
            ExecutionRecord e;
            while ((e = storage.executions().find(teamId, ids.get(i)).orElseThrow()).status()
                    != ExecutionStatus.SUCCEEDED) {
                Thread.sleep(Long.getLong("bench.pollMs", 20));
            }
            if (e.completedAt().isAfter(last)) {
                last = e.completedAt();
            }
        }
        return last;
    }

    /** Records the submit→running latency of a run that just started. */
    private void started(String executionId) {
        long now = System.nanoTime();
        Long t = submitted.get(executionId);
        if (t != null) {
            latencies.add(now - t);
        }
    }
}
