package dev.framewright.core.files;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileSourceStatus;
import dev.framewright.contract.FileType;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.core.webhooks.OutboxEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes an uploaded file after its bytes are stored (API.md §10.2): sniff and check the type,
 * probe it, mark the download ready, then build thumbnail, preview and HLS. Idempotent: a file left
 * in processing by a crash is processed again from the start.
 */
public final class UploadProcessor {
    private static final Logger log = LoggerFactory.getLogger(UploadProcessor.class);

    private final FileStore files;
    private final BlobStore blobs;
    private final Renditions renditions;
    private final Clock clock;
    private final Path scratchRoot;

    public UploadProcessor(FileStore files, BlobStore blobs, Renditions renditions, Clock clock, Path scratchRoot) {
        this.files = files;
        this.blobs = blobs;
        this.renditions = renditions;
        this.clock = clock;
        this.scratchRoot = scratchRoot;
    }

    public void process(String fileId) throws InterruptedException {
        FileRecord f = files.findById(fileId).orElse(null);
        if (f == null || f.uploadState() != UploadState.PROCESSING) {
            return;
        }
        Path work = scratchRoot.resolve("upload-" + fileId);
        try {
            Files.createDirectories(work);
            String key = f.rendition(RenditionKind.DOWNLOAD).blobKey();
            Path source = localCopy(key, work);
            Optional<MediaInfo> probed = renditions.inspect(source);
            if (probed.isEmpty()) {
                fail(
                        f,
                        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        "The content is not a recognised image, video or audio format");
                return;
            }
            MediaInfo info = probed.get();
            if (f.type() != null && f.type() != info.type()) {
                fail(
                        f,
                        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        "The content is " + article(info.type()) + " but the declared type is " + f.type());
                return;
            }
            // webhook events in lifecycle order (API.md §9.1, §10.2), each written with its state change
            files.setContent(
                    f.id(),
                    info.type(),
                    info.contentType(),
                    info.width(),
                    info.height(),
                    info.durationSeconds(),
                    clock.instant(),
                    OutboxEvent.of(WebhookEventName.FILE_UPLOAD_COMPLETED));
            files.setRendition(
                    f.id(),
                    RenditionKind.DOWNLOAD,
                    Rendition.ready(key, info.contentType(), info.width(), info.height(), f.bytes()),
                    clock.instant(),
                    OutboxEvent.of(WebhookEventName.FILE_DOWNLOAD_READY));
            for (RenditionKind kind : List.of(RenditionKind.THUMBNAIL, RenditionKind.PREVIEW, RenditionKind.HLS)) {
                Rendition r = renditions.build(kind, f.id(), source, info, work.resolve(kind.urlName()));
                files.setRendition(f.id(), kind, r, clock.instant(), playbackReady(kind, r, info.type()));
            }
            // analysis (GLOBAL files only) is not built yet; it will record file.analysis_completed or
            // file.analysis_failed the same way, after playback_ready
            files.setUploadState(f.id(), UploadState.READY, null, clock.instant());
        } catch (IOException | RuntimeException e) {
            log.error("processing of upload {} failed", fileId, e);
            fail(f, ErrorCode.INTERNAL_ERROR, "The upload could not be processed");
        } finally {
            deleteQuietly(work);
        }
    }

    private Path localCopy(String key, Path work) throws IOException {
        Optional<Path> local = blobs.localPath(key);
        if (local.isPresent()) {
            return local.get();
        }
        Path p = work.resolve("source");
        try (InputStream in = blobs.open(key)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    private void fail(FileRecord f, ErrorCode code, String message) {
        files.setUploadState(
                f.id(),
                UploadState.FAILED,
                message,
                clock.instant(),
                OutboxEvent.failed(WebhookEventName.FILE_UPLOAD_FAILED, code, message));
        log.info("upload {} failed: {}", f.id(), message);
    }

    /** {@code file.playback_ready} when the HLS rendition of a video or audio file became ready. */
    private static OutboxEvent playbackReady(RenditionKind kind, Rendition r, FileType type) {
        boolean playable = type == FileType.VIDEO || type == FileType.AUDIO;
        return kind == RenditionKind.HLS && r.isReady() && playable
                ? OutboxEvent.of(WebhookEventName.FILE_PLAYBACK_READY)
                : null;
    }

    private static String article(FileType t) {
        return (t == FileType.VIDEO ? "a " : "an ") + t;
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // scratch leftovers are harmless
        }
    }

    /** Whether a source status counts as settled for the success rule (ready or skipped). */
    static boolean settled(FileSourceStatus s) {
        return s == FileSourceStatus.READY || s == FileSourceStatus.SKIPPED;
    }
}
