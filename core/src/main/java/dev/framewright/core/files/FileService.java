package dev.framewright.core.files;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.FileScope;
import dev.framewright.contract.FileType;
import dev.framewright.contract.IdPrefix;
import dev.framewright.core.ApiException;
import dev.framewright.core.Ids;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.executions.InputReader;
import dev.framewright.core.idempotency.IdempotencyCompletion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Team-facing file operations (API.md §3). Thread-safe. */
public final class FileService {
    private final FileStore files;
    private final Clock clock;
    private final Duration uploadTtl;

    public FileService(FileStore files, Clock clock, Duration uploadTtl) {
        this.files = files;
        this.clock = clock;
        this.uploadTtl = uploadTtl;
    }

    /** API.md §3.4: creates a pending file awaiting its bytes. */
    public FileRecord createUpload(Principal caller, ObjectNode body) {
        return createUpload(caller, body, null);
    }

    /** As {@link #createUpload(Principal, ObjectNode)}, recording the Idempotency-Key response if given. */
    public FileRecord createUpload(
            Principal caller,
            ObjectNode body,
            java.util.function.Function<FileRecord, IdempotencyCompletion> completion) {
        InputReader in = new InputReader(body);
        String name = in.string("displayName", true, 255);
        FileType type = body.hasNonNull("type") ? in.enumValue("type", FileType.class, null) : null;
        boolean temporary = in.bool("isTemporary", false);
        Instant now = clock.instant();
        FileRecord f = new FileRecord(
                Ids.newId(IdPrefix.FILE),
                caller.teamId(),
                caller.keyId(),
                temporary ? FileScope.TEMPORARY : FileScope.GLOBAL,
                type,
                name,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                UploadState.AWAITING_BYTES,
                now.plus(uploadTtl),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                now);
        files.insert(f, completion == null ? null : completion.apply(f));
        return f;
    }

    /** @throws ApiException 400 {@code invalid_id} or 404 */
    public FileRecord get(Principal caller, String fileId) {
        Ids.requirePathId(fileId, IdPrefix.FILE, "fileId");
        return files.find(caller.teamId(), fileId).orElseThrow(() -> ApiException.notFound("File"));
    }

    public Page<FileRecord> list(Principal caller, Paging paging) {
        return paging.page(
                files.list(caller.teamId(), paging.after(), paging.limit() + 1),
                f -> f.updatedAt().toEpochMilli(),
                FileRecord::id);
    }

    /**
     * API.md §3.8: publishes a ready (download ready), non-archived file under a new public playback
     * id; a file that has one keeps it.
     *
     * @throws ApiException 400 {@code invalid_id}, 404, or 400 {@code invalid_parameters} naming why
     *     the file cannot be published
     */
    public FileRecord enablePublicPreview(Principal caller, String fileId) {
        FileRecord f = get(caller, fileId);
        requirePublishable(f);
        if (f.publicPlaybackId() != null) {
            return f;
        }
        files.setPublicPlaybackId(caller.teamId(), fileId, Ids.newPlaybackId(), clock.instant());
        FileRecord after = get(caller, fileId);
        // a concurrent archive may have won; a concurrent enable's id is kept
        requirePublishable(after);
        return after;
    }

    /** API.md §3.8: idempotent; the file's public URLs answer 404 from now on. */
    public FileRecord disablePublicPreview(Principal caller, String fileId) {
        get(caller, fileId);
        files.setPublicPlaybackId(caller.teamId(), fileId, null, clock.instant());
        return get(caller, fileId);
    }

    private static void requirePublishable(FileRecord f) {
        if (f.archived()) {
            throw ApiException.invalid("fileId: file is archived");
        }
        if (!f.rendition(RenditionKind.DOWNLOAD).isReady()) {
            throw ApiException.invalid("fileId: file is not ready");
        }
    }

    /** API.md §3.7: idempotent. */
    public FileRecord archive(Principal caller, String fileId) {
        get(caller, fileId);
        files.archive(caller.teamId(), fileId, clock.instant());
        return get(caller, fileId);
    }
}
