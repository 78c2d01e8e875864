package dev.framewright.server;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.IdPrefix;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.core.Hashing;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.Renditions;
import dev.framewright.core.files.UploadState;
import dev.framewright.core.webhooks.OutboxEvent;
import dev.framewright.storage.S3BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads straight to the bucket (scale mode, docs/scale-out.md). The {@code uploadUrl} of API.md §3.5
 * is a presigned S3 PUT of {@code incoming/<fileId>}, so the bytes never pass through a node. S3 tells
 * nobody when a PUT finished, so every API node watches the {@code incoming/} prefix (one list request
 * per pass): a new object is copied inside the bucket to the file's {@code original} key, hashed while
 * streamed back, and the upload is consumed with the same conditional write as a local PUT — when
 * several nodes see the object at once, exactly one consumes it and starts the processing. The
 * incoming object is deleted afterwards; objects of files no longer awaiting bytes (a second PUT to
 * the URL, or a crash between the steps) are deleted on the next pass. Every step is repeatable, so a
 * node dying half-way leaves work that any node's next pass finishes.
 */
final class PresignedUploads implements AutoCloseable {
    static final String PREFIX = "incoming/";
    private static final Logger log = LoggerFactory.getLogger(PresignedUploads.class);

    private final S3BlobStore s3;
    private final FileStore files;
    private final long maxBytes;
    private final Clock clock;
    private final Duration interval;
    private final Consumer<String> processing;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("upload-watch").daemon().unstarted(r));

    /** @param processing receives the id of a file whose upload this node consumed, to process it */
    PresignedUploads(
            S3BlobStore s3,
            FileStore files,
            long maxBytes,
            Clock clock,
            Duration interval,
            Consumer<String> processing) {
        this.s3 = s3;
        this.files = files;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.interval = interval;
        this.processing = processing;
    }

    /** The key a client's PUT lands on. */
    static String incomingKey(String fileId) {
        return PREFIX + fileId;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::pass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One look at the incoming prefix; failures are logged and the next pass retries. */
    void pass() {
        List<String> keys;
        try {
            keys = s3.keysUnder(PREFIX, 1000);
        } catch (IOException | RuntimeException e) {
            log.warn("listing incoming uploads failed: {}", e.toString());
            return;
        }
        for (String key : keys) {
            String fileId = key.substring(PREFIX.length());
            try {
                arrived(key, fileId);
            } catch (java.nio.file.NoSuchFileException gone) {
                // another node consumed it between our list and our copy
            } catch (IOException | RuntimeException e) {
                log.warn("incoming upload {} not taken yet: {}", fileId, e.toString());
            }
        }
    }

    private void arrived(String key, String fileId) throws IOException {
        Optional<FileRecord> found = IdPrefix.FILE.matches(fileId) ? files.findById(fileId) : Optional.empty();
        if (found.isEmpty() || found.get().uploadState() != UploadState.AWAITING_BYTES) {
            // a second PUT to a consumed URL, a stray object, or the tail of another node's pass
            s3.delete(key);
            return;
        }
        FileRecord f = found.get();
        long size = s3.size(key).orElse(-1L);
        if (size < 0) {
            return; // another node took it meanwhile
        }
        if (size > maxBytes) {
            files.setUploadState(
                    f.id(),
                    UploadState.FAILED,
                    "The upload exceeds the maximum of " + maxBytes + " bytes",
                    clock.instant(),
                    OutboxEvent.failed(
                            WebhookEventName.FILE_UPLOAD_FAILED,
                            ErrorCode.PAYLOAD_TOO_LARGE,
                            "The upload exceeds the maximum of " + maxBytes + " bytes"));
            s3.delete(key);
            return;
        }
        String original = Renditions.key(f.id(), "original");
        // copy first, consume second: whoever consumes finds the bytes in place
        s3.copy(key, original);
        MessageDigest sha = Hashing.newSha256();
        long total = 0;
        try (InputStream in = s3.open(original)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                total += n;
            }
        }
        Instant now = clock.instant();
        if (files.consumeUpload(f.id(), HexFormat.of().formatHex(sha.digest()), total, original, now)) {
            log.info("upload {} arrived in the bucket ({} bytes)", f.id(), total);
            processing.accept(f.id());
        }
        s3.delete(key);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
