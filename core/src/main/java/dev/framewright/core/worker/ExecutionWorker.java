package dev.framewright.core.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ExecutionListener;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionStore;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.core.executions.ToolRegistry;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.Renditions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims executions from the {@link ExecutionStore}, runs their tool and settles them. One thread per
 * unit of concurrency claims, runs and settles; a separate heartbeat task extends leases, writes
 * progress, notices cancels and timeouts, and reaps expired leases of dead workers.
 *
 * <p>Each thread owns a scratch folder ({@code worker-N} under the scratch root) with one
 * {@code result-K} folder per result, emptied after every run and at start, rather than a new tree
 * per execution: creating and removing folders cost more than a trivial tool's whole run on ext4
 * (docs/benchmarks.md, "Execution queue").
 */
public final class ExecutionWorker implements ExecutionListener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExecutionWorker.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WorkerConfig config;
    private final ExecutionStore executions;
    private final FileStore files;
    private final BlobStore blobs;
    private final ToolRegistry tools;
    private final OutputPublisher publisher;
    private final Clock clock;
    private final Wakeup wakeup;
    private final Map<String, RunState> active = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    public ExecutionWorker(
            WorkerConfig config,
            ExecutionStore executions,
            FileStore files,
            BlobStore blobs,
            ToolRegistry tools,
            Renditions renditions,
            Clock clock) {
        this.config = config;
        this.executions = executions;
        this.files = files;
        this.blobs = blobs;
        this.tools = tools;
        this.publisher = new OutputPublisher(blobs, files, renditions, clock);
        this.clock = clock;
        this.wakeup = new Wakeup(config.concurrency());
    }

    public synchronized void start() throws IOException {
        Files.createDirectories(config.scratchRoot());
        running = true;
        for (int i = 0; i < config.concurrency(); i++) {
            Path slot = config.scratchRoot().resolve("worker-" + i);
            deleteTree(slot); // what a killed process left
            Files.createDirectories(slot);
            Thread t = Thread.ofPlatform().name("worker-" + i).daemon().unstarted(() -> loop(slot));
            threads.add(t);
            t.start();
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().name("worker-heartbeat").daemon().unstarted(r));
        long hb = config.heartbeat().toMillis();
        scheduler.scheduleWithFixedDelay(this::heartbeat, hb, hb, TimeUnit.MILLISECONDS);
        long reap = Math.max(hb, config.lease().toMillis() / 3);
        scheduler.scheduleWithFixedDelay(this::reap, 0, reap, TimeUnit.MILLISECONDS);
    }

    /** Executions this process is running now (for health checks and tests). */
    public int activeCount() {
        return active.size();
    }

    @Override
    public void created(ExecutionRecord execution) {
        wakeup.signal();
    }

    @Override
    public void cancelRequested(String executionId) {
        RunState s = active.get(executionId);
        if (s != null) {
            s.requestCancel();
        }
    }

    /** Wakes an idle worker, e.g. when another node's notification arrives. */
    public void wake() {
        wakeup.signal();
    }

    private void loop(Path slot) {
        Optional<ExecutionRecord> next = Optional.empty();
        while (running) {
            try {
                // a run that succeeded may have claimed the next one in its success transaction
                Optional<ExecutionRecord> claimed =
                        next.isPresent() ? next : executions.claim(config.workerId(), clock.instant(), config.lease());
                next = Optional.empty();
                if (claimed.isPresent()) {
                    next = run(claimed.get(), slot);
                } else {
                    wakeup.await(config.poll());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("worker loop error; retrying", e);
                sleepQuietly();
            }
        }
    }

    /** Runs and settles {@code e}; the next execution when the success transaction claimed one. */
    private Optional<ExecutionRecord> run(ExecutionRecord e, Path slot) throws InterruptedException {
        RunState state = new RunState(e, clock.instant().plus(config.toolTimeout()));
        active.put(e.id(), state);
        List<FileRecord> outputs = new ArrayList<>();
        try {
            Tool tool = tools.serving(e.toolType())
                    .orElseThrow(() -> new ToolFailure(
                            ErrorCode.ENGINE_UNAVAILABLE,
                            "No engine can run " + e.toolType().path() + " any more"));
            ObjectNode input = (ObjectNode) JSON.readTree(e.inputJson());
            log.debug("execution {} started ({} attempt {})", e.id(), e.toolType(), e.attempt());
            for (int i = 0; i < e.numResults() && !state.shouldStop(); i++) {
                Path dir = slot.resolve("result-" + i);
                if (!Files.isDirectory(dir)) { // kept from earlier runs: no exception-driven mkdir each time
                    Files.createDirectories(dir);
                }
                ToolOutput out = tool.run(new RunContext(state, input, i, dir, files, blobs));
                if (!state.shouldStop()) {
                    outputs.add(publisher.publish(e, input, out, dir));
                }
            }
            return settle(state, outputs, null);
        } catch (ToolFailure f) {
            return settle(state, outputs, f);
        } catch (IOException | RuntimeException ex) {
            log.error("execution {} failed unexpectedly", e.id(), ex);
            return settle(
                    state,
                    outputs,
                    new ToolFailure(ErrorCode.INTERNAL_ERROR, "An unexpected error stopped the tool", false, ex));
        } finally {
            active.remove(e.id());
            emptyResultFolders(slot);
        }
    }

    /**
     * The one place that decides how a run ends; returns the next execution when the success
     * transaction also claimed one for this worker.
     */
    private Optional<ExecutionRecord> settle(RunState state, List<FileRecord> outputs, ToolFailure failure) {
        ExecutionRecord e = state.execution;
        String me = config.workerId();
        Instant now = clock.instant();
        boolean keepOutputs = false;
        boolean written;
        String outcome;
        Optional<ExecutionRecord> next = Optional.empty();
        if (state.leaseLost()) {
            written = false;
            outcome = "abandoned";
        } else if (state.cancelRequested()) {
            written = executions.settleCancelled(e.id(), me, e.attempt(), now);
            outcome = "cancelled";
        } else if (state.timedOut()) {
            written = executions.fail(
                            e.id(),
                            me,
                            e.attempt(),
                            ErrorCode.TIMED_OUT,
                            "The tool ran longer than its time limit of "
                                    + config.toolTimeout().toSeconds() + " s",
                            now)
                    || executions.settleCancelled(e.id(), me, e.attempt(), now);
            outcome = "timed out";
        } else if (failure != null) {
            // fail() refuses when a cancel was requested meanwhile: then the truthful end is cancelled
            written = executions.fail(e.id(), me, e.attempt(), executionCode(failure.code()), failure.getMessage(), now)
                    || executions.settleCancelled(e.id(), me, e.attempt(), now);
            outcome = "failed: " + failure.getMessage();
        } else {
            // while this node keeps running, the success transaction also claims this worker's next run
            ExecutionStore.SucceededThenClaimed result = running
                    ? executions.succeedThenClaim(e.id(), me, e.attempt(), outputs, now, config.lease())
                    : new ExecutionStore.SucceededThenClaimed(
                            executions.succeed(e.id(), me, e.attempt(), outputs, now), Optional.empty());
            if (result.succeeded()) {
                written = true;
                keepOutputs = true;
                outcome = "succeeded";
                next = result.next();
            } else {
                // accepted race: a cancel arrived between the last heartbeat and the success write
                written = executions.settleCancelled(e.id(), me, e.attempt(), now);
                outcome = "cancelled";
            }
        }
        if (!keepOutputs) {
            publisher.discard(outputs.stream().map(FileRecord::id).toList());
        }
        log.info("execution {} {}{}", e.id(), outcome, written ? "" : " (not recorded: lease no longer held)");
        return next;
    }

    /** Execution-level codes only (API.md §10.1); anything else an engine reports is engine_failed. */
    private static ErrorCode executionCode(ErrorCode code) {
        return switch (code) {
            case ENGINE_FAILED, TIMED_OUT, INPUT_INVALID, ENGINE_UNAVAILABLE, INTERNAL_ERROR -> code;
            default -> ErrorCode.ENGINE_FAILED;
        };
    }

    private void heartbeat() {
        Instant now = clock.instant();
        for (RunState s : active.values()) {
            try {
                if (now.isAfter(s.deadline)) {
                    s.timeOut();
                }
                ExecutionStore.LeaseState lease = executions.heartbeat(
                        s.execution.id(),
                        config.workerId(),
                        s.execution.attempt(),
                        now,
                        now.plus(config.lease()),
                        s.progress());
                switch (lease) {
                    case CANCEL_REQUESTED -> s.requestCancel();
                    case LOST -> s.loseLease();
                    case HELD -> {}
                }
            } catch (RuntimeException e) {
                log.warn("heartbeat of {} failed: {}", s.execution.id(), e.toString());
            }
        }
    }

    private void reap() {
        try {
            int n = executions.reapExpired(clock.instant(), config.maxAttempts());
            if (n > 0) {
                log.info("reaped {} execution(s) whose worker stopped heartbeating", n);
                wakeup.signal();
            }
        } catch (RuntimeException e) {
            log.warn("reaper failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        active.values().forEach(RunState::loseLease);
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes everything inside the slot's {@code result-K} folders, keeping the folders. */
    private static void emptyResultFolders(Path slot) {
        try (Stream<Path> results = Files.list(slot)) {
            for (Path dir : results.toList()) {
                try (Stream<Path> inside = Files.list(dir)) {
                    inside.forEach(ExecutionWorker::deleteTree);
                }
            }
        } catch (IOException ignored) {
            // left for the next run's cleanup, or the next start
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // left for the next cleanup of the scratch root
                }
            });
        } catch (IOException ignored) {
            // same
        }
    }
}
