package dev.framewright.core.files;

import dev.framewright.core.Cursor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of file metadata. Implementations are thread-safe; every team-facing read is scoped. */
public interface FileStore {
    void insert(FileRecord file);

    /** The team's file, archived or not; empty when unknown or another team's. */
    Optional<FileRecord> find(String teamId, String fileId);

    /** Any team's file, for internal use by signed-URL and worker code only. */
    Optional<FileRecord> findById(String fileId);

    Optional<FileRecord> findByPlaybackId(String publicPlaybackId);

    /** Persists every field of {@code file} (the caller sets {@code updatedAt}). */
    void update(FileRecord file);

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
     * Fails every upload still awaiting its bytes after its URL expired (API.md §10.2); returns the
     * ids of the files that failed.
     */
    List<String> expireUploads(Instant now);
}
