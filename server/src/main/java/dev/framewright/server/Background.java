package dev.framewright.server;

import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.UploadProcessor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background file work of this node: processing of uploaded files (restarted at start for files a
 * crash left in processing) and the sweep that fails uploads whose URL expired unused and archives
 * TEMPORARY files past their retention (API.md §10.5). The sweep's writes are conditional, so several
 * nodes may sweep at once.
 */
final class Background implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private final FileStore files;
    private final UploadProcessor processor;
    private final Clock clock;
    private final Duration temporaryRetention;
    private final Runnable processed;
    private final Duration expiryGrace;
    private final ExecutorService processing = Executors.newFixedThreadPool(
            2, r -> Thread.ofPlatform().name("upload-processing").daemon().unstarted(r));
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("upload-sweeper").daemon().unstarted(r));

    /**
     * @param temporaryRetention how long after creation TEMPORARY files are archived
     * @param processed told after each upload's processing (it wakes the analysis worker); fast
     */
    Background(
            FileStore files, UploadProcessor processor, Clock clock, Duration temporaryRetention, Runnable processed) {
        this(files, processor, clock, temporaryRetention, processed, Duration.ZERO);
    }

    /**
     * @param expiryGrace how long after its URL expired an upload still waits (presigned uploads are
     *     noticed by a watcher a moment after the PUT, which the URL's expiry may have passed meanwhile)
     */
    Background(
            FileStore files,
            UploadProcessor processor,
            Clock clock,
            Duration temporaryRetention,
            Runnable processed,
            Duration expiryGrace) {
        this.expiryGrace = expiryGrace;
        this.files = files;
        this.processor = processor;
        this.clock = clock;
        this.temporaryRetention = temporaryRetention;
        this.processed = processed;
    }

    void start() {
        List<FileRecord> interrupted = files.listProcessing();
        interrupted.forEach(f -> process(f.id()));
        if (!interrupted.isEmpty()) {
            log.info("resuming processing of {} upload(s)", interrupted.size());
        }
        sweeper.scheduleWithFixedDelay(this::sweep, 5, 15, TimeUnit.SECONDS);
    }

    void process(String fileId) {
        processing.execute(() -> {
            try {
                processor.process(fileId);
                processed.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("processing of {} failed", fileId, e);
            }
        });
    }

    /** One pass of both sweeps; a failure is logged and the next pass tries again. */
    void sweep() {
        try {
            List<String> expired = files.expireUploads(clock.instant().minus(expiryGrace));
            if (!expired.isEmpty()) {
                log.info("{} upload(s) expired without bytes", expired.size());
            }
        } catch (RuntimeException e) {
            log.warn("upload sweep failed: {}", e.toString());
        }
        try {
            Instant now = clock.instant();
            int archived = files.archiveTemporaryCreatedBefore(now.minus(temporaryRetention), now);
            if (archived > 0) {
                log.info("{} temporary file(s) archived after {} h", archived, temporaryRetention.toHours());
            }
        } catch (RuntimeException e) {
            log.warn("temporary-file sweep failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        processing.shutdownNow();
    }
}
