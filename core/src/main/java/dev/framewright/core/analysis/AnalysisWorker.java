package dev.framewright.core.analysis;

import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.worker.Wakeup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background analysis of this node: claims files from the {@link AnalysisStore} queue, analyses them
 * and settles, like the execution worker. A failed attempt is retried later; after the last one the
 * analysis fails for good (description and transcript stay null). When idle it also embeds completed
 * analyses that lack an embedding of the current model (the model was off or changed), and reaps
 * claims of dead workers.
 */
public final class AnalysisWorker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AnalysisWorker.class);
    private static final Duration BACKFILL_EVERY = Duration.ofMinutes(1);

    /**
     * @param owner this node's worker id (lease owner)
     * @param threads files analysed at once by this node (at least 1)
     * @param lease how long a claim lasts; every engine run is bounded well below it
     * @param poll longest idle wait between claims
     */
    public record Config(String owner, int threads, Duration lease, Duration poll, int maxAttempts, Path scratchRoot) {
        public static final Duration DEFAULT_LEASE = Duration.ofMinutes(15);
        public static final Duration DEFAULT_POLL = Duration.ofSeconds(2);
        public static final int DEFAULT_MAX_ATTEMPTS = 3;
    }

    private final Config config;
    private final AnalysisStore store;
    private final FileStore files;
    private final Analyzer analyzer;
    private final AnalysisEngines engines;
    private final Clock clock;
    private final Wakeup wakeup;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile Instant nextHousekeeping = Instant.MIN;

    public AnalysisWorker(
            Config config,
            AnalysisStore store,
            FileStore files,
            Analyzer analyzer,
            AnalysisEngines engines,
            Clock clock) {
        this.config = config;
        this.store = store;
        this.files = files;
        this.analyzer = analyzer;
        this.engines = engines;
        this.clock = clock;
        this.wakeup = new Wakeup(config.threads());
    }

    public synchronized void start() throws IOException {
        Files.createDirectories(config.scratchRoot());
        running = true;
        for (int i = 0; i < config.threads(); i++) {
            Thread t = Thread.ofPlatform().name("analysis-" + i).daemon().unstarted(this::loop);
            threads.add(t);
            t.start();
        }
    }

    /** Work arrived (an upload was processed): an idle thread claims now instead of at its next poll. */
    public void wake() {
        wakeup.signal();
    }

    private void loop() {
        while (running) {
            try {
                Optional<AnalysisClaim> claim = store.claim(config.owner(), clock.instant(), config.lease());
                if (claim.isPresent()) {
                    run(claim.get());
                } else {
                    housekeeping();
                    wakeup.await(config.poll());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("analysis loop error; retrying", e);
                pause();
            }
        }
    }

    private void run(AnalysisClaim claim) throws InterruptedException {
        Path work = config.scratchRoot().resolve(claim.fileId() + "-" + claim.attempt());
        try {
            FileRecord f = files.findById(claim.fileId()).orElseThrow(() -> new IOException("file row missing"));
            Files.createDirectories(work);
            long started = System.nanoTime();
            Analysis a = analyzer.analyze(f, work);
            boolean written = store.complete(claim, a, clock.instant());
            log.info(
                    "analysis of {} completed in {} ms{}",
                    f.id(),
                    (System.nanoTime() - started) / 1_000_000,
                    written ? "" : " (not recorded: claim lost)");
        } catch (IOException | RuntimeException e) {
            settleFailure(claim, e);
        } catch (InterruptedException e) {
            // stopping: hand the file back at once rather than after the lease
            store.retry(claim, "interrupted by shutdown", clock.instant(), clock.instant());
            throw e;
        } finally {
            deleteTree(work);
        }
    }

    /** The one place that decides what a failed attempt means. */
    private void settleFailure(AnalysisClaim claim, Exception e) {
        Instant now = clock.instant();
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (claim.attempt() < config.maxAttempts()) {
            log.warn("analysis of {} failed (attempt {}), will retry: {}", claim.fileId(), claim.attempt(), why);
            store.retry(claim, why, now.plus(Duration.ofSeconds(30L * claim.attempt())), now);
        } else {
            log.error("analysis of {} failed after {} attempts", claim.fileId(), claim.attempt(), e);
            store.fail(claim, why, now);
        }
    }

    /** At most once a minute when idle: reap dead claims, embed analyses that lack an embedding. */
    private void housekeeping() {
        Instant now = clock.instant();
        if (now.isBefore(nextHousekeeping)) {
            return;
        }
        nextHousekeeping = now.plus(BACKFILL_EVERY);
        if (store.reapExpired(now, config.maxAttempts()) > 0) {
            wakeup.signal();
        }
        Optional<TextEmbedder> embedder = engines.embedder();
        if (embedder.isEmpty()) {
            return;
        }
        for (String id : store.missingEmbeddings(embedder.get().model(), 100)) {
            files.findById(id).ifPresent(f -> embedLate(embedder.get(), f));
        }
    }

    private void embedLate(TextEmbedder embedder, FileRecord f) {
        try {
            store.setEmbeddings(f.id(), Analyzer.lateEmbeddings(embedder, f), embedder.model(), clock.instant());
        } catch (IOException | RuntimeException e) {
            log.warn("embedding of {} failed: {}", f.id(), e.toString());
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // scratch leftovers are harmless
        }
    }
}
