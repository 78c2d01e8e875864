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
        files.insert(f);
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

    /** API.md §3.7: idempotent. */
    public FileRecord archive(Principal caller, String fileId) {
        get(caller, fileId);
        files.archive(caller.teamId(), fileId, clock.instant());
        return get(caller, fileId);
    }
}
