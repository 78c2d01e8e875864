package dev.framewright.core.files;

import dev.framewright.contract.FileType;
import dev.framewright.core.Cursor;
import dev.framewright.core.idempotency.IdempotencyCompletion;
import dev.framewright.core.webhooks.OutboxEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of file metadata. Implementations are thread-safe; every team-facing read is scoped. */
public interface FileStore {
    default void insert(FileRecord file) {
        insert(file, null);
    }

    /**
     * Inserts the file and, in the same transaction, records the Idempotency-Key response if given. A
     * GLOBAL file inserted ready (a tool output) is queued for analysis in that transaction too
     * ({@code AnalysisStore}).
     */
    void insert(FileRecord file, IdempotencyCompletion completion);

    /** The team's file, archived or not; empty when unknown or another team's. */
    Optional<FileRecord> find(String teamId, String fileId);

    /** Any team's file, for internal use by signed-URL and worker code only. */
    Optional<FileRecord> findById(String fileId);

    Optional<FileRecord> findByPlaybackId(String publicPlaybackId);

    /*
     * Writes are targeted, one concern each, so that concurrent writers (processing, archive, public
     * preview) never overwrite each other's fields. Each bumps updated_at.
     */

    /*
     * The writes that take an OutboxEvent also record that webhook event in the same transaction
     * (null: none), for files uploaded through the API only: tool outputs emit no file events.
     */

    /** Records what the bytes are: type, MIME type, dimensions and duration. */
    default void setContent(
            String fileId,
            FileType type,
            String contentType,
            Integer width,
            Integer height,
            Double durationSeconds,
            Instant now) {
        setContent(fileId, type, contentType, width, height, durationSeconds, now, null);
    }

    /** As {@link #setContent(String, FileType, String, Integer, Integer, Double, Instant)}, with an event. */
    void setContent(
            String fileId,
            FileType type,
            String contentType,
            Integer width,
            Integer height,
            Double durationSeconds,
            Instant now,
            OutboxEvent event);

    /** Replaces one rendition. */
    default void setRendition(String fileId, RenditionKind kind, Rendition rendition, Instant now) {
        setRendition(fileId, kind, rendition, now, null);
    }

    /** As {@link #setRendition(String, RenditionKind, Rendition, Instant)}, with an event. */
    void setRendition(String fileId, RenditionKind kind, Rendition rendition, Instant now, OutboxEvent event);

    /**
     * Moves the upload state; {@link UploadState#FAILED} also marks every rendition failed and
     * records {@code errorMessage}. {@link UploadState#READY} of a GLOBAL file also queues its analysis
     * in the same transaction (API.md §10.2 step 4), so a crash cannot lose it.
     */
    default void setUploadState(String fileId, UploadState state, String errorMessage, Instant now) {
        setUploadState(fileId, state, errorMessage, now, null);
    }

    /** As {@link #setUploadState(String, UploadState, String, Instant)}, with an event. */
    void setUploadState(String fileId, UploadState state, String errorMessage, Instant now, OutboxEvent event);

    /** Archives the team's file (idempotent); false when it does not exist for that team. */
    boolean archive(String teamId, String fileId, Instant now);

    /**
     * Sets or clears the team's file's public playback id (API.md §3.8). A non-null id is set only on
     * a non-archived file that has none, so concurrent enables agree on one id; {@code null} clears
     * the id. Bumps updated_at only when the row changed.
     *
     * @return whether the row changed; false when the file is unknown for that team, when it already
     *     has an id or is archived (setting), or when it has none (clearing)
     */
    boolean setPublicPlaybackId(String teamId, String fileId, String playbackIdOrNull, Instant now);

    /**
     * Archives every non-archived {@code TEMPORARY} file created before {@code cutoff} (API.md §10.5),
     * with {@code archivedAt = now}; returns how many it archived.
     */
    int archiveTemporaryCreatedBefore(Instant cutoff, Instant now);

    /**
     * Moves an API upload from {@link UploadState#AWAITING_BYTES} to {@link UploadState#PROCESSING},
     * recording its content facts; false when another PUT already consumed the URL.
     */
    boolean consumeUpload(String fileId, String sha256, long bytes, String blobKey, Instant now);

    /**
     * The team's non-archived files, most recently updated first, ties by id descending (API.md
     * §1.9), starting after {@code after} (null: from the start), at most {@code max} items.
     */
    List<FileRecord> list(String teamId, Cursor after, int max);

    /** Files whose processing must be (re)started: uploads in {@link UploadState#PROCESSING}. */
    List<FileRecord> listProcessing();

    /**
     * Fails every upload still awaiting its bytes after its URL expired (API.md §10.2), recording
     * {@code file.upload.failed} ({@code url_expired}) for each in the same transaction; returns the
     * ids of the files that failed.
     */
    List<String> expireUploads(Instant now);
}
