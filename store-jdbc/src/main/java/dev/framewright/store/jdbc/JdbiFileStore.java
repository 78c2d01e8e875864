package dev.framewright.store.jdbc;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileScope;
import dev.framewright.contract.FileSourceStatus;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.core.Cursor;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.files.Rendition;
import dev.framewright.core.files.RenditionKind;
import dev.framewright.core.files.UploadState;
import dev.framewright.core.idempotency.IdempotencyCompletion;
import dev.framewright.core.webhooks.OutboxEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

final class JdbiFileStore implements FileStore {
    private static final String EXPIRED = "The upload URL expired before any bytes arrived";
    private static final String COLUMNS = "id, team_id, created_by_key_id, scope, type, display_name, content_type, "
            + "sha256, bytes, width, height, duration_seconds, renditions, upload_state, upload_expires_at, "
            + "error_message, description, transcript, archived_at, public_playback_id, source_tool_type, "
            + "source_tool_execution_id, created_at, updated_at";
    private static final String VALUES = ":id, :team_id, :created_by_key_id, :scope, :type, :display_name, "
            + ":content_type, :sha256, :bytes, :width, :height, :duration_seconds, :renditions, :upload_state, "
            + ":upload_expires_at, :error_message, :description, :transcript, :archived_at, :public_playback_id, "
            + ":source_tool_type, :source_tool_execution_id, :created_at, :updated_at";

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final WebhookOutbox outbox;

    JdbiFileStore(Jdbi jdbi, Dialect dialect, WebhookOutbox outbox) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.outbox = outbox;
    }

    @Override
    public void insert(FileRecord f, IdempotencyCompletion completion) {
        jdbi.useTransaction(h -> {
            insert(h, f);
            if (completion != null) {
                JdbiIdempotencyStore.complete(h, completion);
            }
        });
    }

    /**
     * Inserts within the caller's transaction (used by the execution store on success); a ready GLOBAL
     * file (a tool output) is queued for analysis with it.
     */
    void insert(Handle h, FileRecord f) {
        bind(h.createUpdate("INSERT INTO files (" + COLUMNS + ") VALUES (" + VALUES + ")"), f)
                .execute();
        // only GLOBAL files are analysed (the enqueue's own filter): a temporary output costs no statement
        if (f.uploadState() == UploadState.READY && f.scope() == FileScope.GLOBAL) {
            JdbiAnalysisStore.enqueue(h, f.id(), f.updatedAt());
        }
    }

    @Override
    public Optional<FileRecord> find(String teamId, String fileId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM files WHERE id = :id AND team_id = :team")
                .bind("id", fileId)
                .bind("team", teamId)
                .map(JdbiFileStore::map)
                .findOne());
    }

    @Override
    public Optional<FileRecord> findById(String fileId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM files WHERE id = :id")
                .bind("id", fileId)
                .map(JdbiFileStore::map)
                .findOne());
    }

    @Override
    public Optional<FileRecord> findByPlaybackId(String playbackId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM files WHERE public_playback_id = :p")
                .bind("p", playbackId)
                .map(JdbiFileStore::map)
                .findOne());
    }

    @Override
    public void setContent(
            String fileId,
            FileType type,
            String contentType,
            Integer width,
            Integer height,
            Double durationSeconds,
            Instant now,
            OutboxEvent event) {
        jdbi.useTransaction(h -> {
            int n = h.createUpdate("UPDATE files SET type = :type, content_type = :ct, width = :w, "
                            + "height = :h, duration_seconds = :d, updated_at = :now WHERE id = :id")
                    .bind("id", fileId)
                    .bind("type", type.name())
                    .bind("ct", contentType)
                    .bind("w", width)
                    .bind("h", height)
                    .bind("d", durationSeconds)
                    .bind("now", now.toEpochMilli())
                    .execute();
            emit(h, n, fileId, event, now);
        });
    }

    /** Records the webhook event of a write that changed {@code n} rows, in its transaction. */
    private void emit(Handle h, int n, String fileId, OutboxEvent event, Instant now) {
        if (n == 1 && event != null) {
            outbox.fileEvent(h, fileId, event, now);
        }
    }

    @Override
    public void setRendition(String fileId, RenditionKind kind, Rendition rendition, Instant now, OutboxEvent event) {
        // read-modify-write of the renditions column: the row is locked for the transaction (SQLite's
        // IMMEDIATE transactions hold the write lock; PostgreSQL takes the row lock)
        jdbi.useTransaction(h -> {
            Optional<String> json = h.createQuery("SELECT renditions FROM files WHERE id = :id" + dialect.lockRow())
                    .bind("id", fileId)
                    .mapTo(String.class)
                    .findOne();
            if (json.isEmpty()) {
                return;
            }
            Map<RenditionKind, Rendition> r = new EnumMap<>(RenditionKind.class);
            r.putAll(RenditionsJson.read(json.get()));
            r.put(kind, rendition);
            int n = h.createUpdate("UPDATE files SET renditions = :r, updated_at = :now WHERE id = :id")
                    .bind("id", fileId)
                    .bind("r", RenditionsJson.write(r))
                    .bind("now", now.toEpochMilli())
                    .execute();
            emit(h, n, fileId, event, now);
        });
    }

    @Override
    public void setUploadState(String fileId, UploadState state, String errorMessage, Instant now, OutboxEvent event) {
        String renditions = state == UploadState.FAILED ? ", renditions = :failed" : "";
        jdbi.useTransaction(h -> {
            var u = h.createUpdate("UPDATE files SET upload_state = :state, error_message = :msg, updated_at = :now"
                            + renditions + " WHERE id = :id")
                    .bind("id", fileId)
                    .bind("state", state.name())
                    .bind("msg", errorMessage)
                    .bind("now", now.toEpochMilli());
            if (state == UploadState.FAILED) {
                u.bind("failed", RenditionsJson.write(allFailed()));
            }
            int n = u.execute();
            emit(h, n, fileId, event, now);
            if (n == 1 && state == UploadState.READY) {
                // processing is done: a GLOBAL upload is analysed next (API.md §10.2 step 4)
                JdbiAnalysisStore.enqueue(h, fileId, now);
            }
        });
    }

    @Override
    public boolean archive(String teamId, String fileId, Instant now) {
        return jdbi.withHandle(h -> {
            h.createUpdate("UPDATE files SET archived_at = :now, updated_at = :now "
                            + "WHERE id = :id AND team_id = :team AND archived_at IS NULL")
                    .bind("id", fileId)
                    .bind("team", teamId)
                    .bind("now", now.toEpochMilli())
                    .execute();
            return h.createQuery("SELECT COUNT(*) FROM files WHERE id = :id AND team_id = :team")
                            .bind("id", fileId)
                            .bind("team", teamId)
                            .mapTo(Integer.class)
                            .one()
                    == 1;
        });
    }

    @Override
    public boolean setPublicPlaybackId(String teamId, String fileId, String playbackIdOrNull, Instant now) {
        // compare-and-set: an id is only ever set where none is, and only on a live file; clearing
        // touches only files that have one, so a repeated disable leaves updated_at alone
        String sql = playbackIdOrNull != null
                ? "UPDATE files SET public_playback_id = :p, updated_at = :now "
                        + "WHERE id = :id AND team_id = :team AND public_playback_id IS NULL AND archived_at IS NULL"
                : "UPDATE files SET public_playback_id = NULL, updated_at = :now "
                        + "WHERE id = :id AND team_id = :team AND public_playback_id IS NOT NULL";
        return jdbi.withHandle(h -> {
                    var u = h.createUpdate(sql)
                            .bind("id", fileId)
                            .bind("team", teamId)
                            .bind("now", now.toEpochMilli());
                    if (playbackIdOrNull != null) {
                        u.bind("p", playbackIdOrNull);
                    }
                    return u.execute();
                })
                == 1;
    }

    @Override
    public int archiveTemporaryCreatedBefore(Instant cutoff, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE files SET archived_at = :now, updated_at = :now "
                        + "WHERE scope = 'TEMPORARY' AND archived_at IS NULL AND created_at < :cutoff")
                .bind("cutoff", cutoff.toEpochMilli())
                .bind("now", now.toEpochMilli())
                .execute());
    }

    private static Map<RenditionKind, Rendition> allFailed() {
        Map<RenditionKind, Rendition> failed = new EnumMap<>(RenditionKind.class);
        for (RenditionKind k : RenditionKind.values()) {
            failed.put(k, Rendition.FAILED);
        }
        return failed;
    }

    @Override
    public boolean consumeUpload(String fileId, String sha256, long bytes, String blobKey, Instant now) {
        Map<RenditionKind, Rendition> r = new EnumMap<>(RenditionKind.class);
        for (RenditionKind k : RenditionKind.values()) {
            r.put(k, Rendition.PENDING);
        }
        r.put(RenditionKind.DOWNLOAD, new Rendition(FileSourceStatus.PENDING, blobKey, null, null, null, bytes));
        return jdbi.withHandle(h -> h.createUpdate("UPDATE files SET upload_state = 'PROCESSING', sha256 = :sha, "
                                + "bytes = :bytes, renditions = :r, updated_at = :now "
                                + "WHERE id = :id AND upload_state = 'AWAITING_BYTES'")
                        .bind("id", fileId)
                        .bind("sha", sha256)
                        .bind("bytes", bytes)
                        .bind("r", RenditionsJson.write(r))
                        .bind("now", now.toEpochMilli())
                        .execute())
                == 1;
    }

    @Override
    public List<FileRecord> list(String teamId, Cursor after, int max) {
        String keyset = after == null ? "" : " AND (updated_at < :k OR (updated_at = :k AND id < :kid))";
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT * FROM files WHERE team_id = :team AND archived_at IS NULL" + keyset
                            + " ORDER BY updated_at DESC, id DESC LIMIT :max")
                    .bind("team", teamId)
                    .bind("max", max);
            if (after != null) {
                q.bind("k", after.sortKey()).bind("kid", after.id());
            }
            return q.map(JdbiFileStore::map).list();
        });
    }

    @Override
    public List<FileRecord> listProcessing() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM files WHERE upload_state = 'PROCESSING'")
                .map(JdbiFileStore::map)
                .list());
    }

    @Override
    public List<String> expireUploads(Instant now) {
        Map<RenditionKind, Rendition> failed = allFailed();
        return jdbi.inTransaction(h -> {
            List<String> ids = h.createQuery("SELECT id FROM files WHERE upload_state = 'AWAITING_BYTES' "
                            + "AND upload_expires_at < :now")
                    .bind("now", now.toEpochMilli())
                    .mapTo(String.class)
                    .list();
            List<String> expired = new ArrayList<>();
            for (String id : ids) {
                // on PostgreSQL a PUT or another sweeper may settle the file after the SELECT: report only
                // the files this transaction failed
                int n = h.createUpdate("UPDATE files SET upload_state = 'FAILED', renditions = :r, updated_at = :now, "
                                + "error_message = :msg WHERE id = :id AND upload_state = 'AWAITING_BYTES'")
                        .bind("id", id)
                        .bind("r", RenditionsJson.write(failed))
                        .bind("now", now.toEpochMilli())
                        .bind("msg", EXPIRED)
                        .execute();
                if (n == 1) {
                    expired.add(id);
                    outbox.fileEvent(
                            h,
                            id,
                            OutboxEvent.failed(WebhookEventName.FILE_UPLOAD_FAILED, ErrorCode.URL_EXPIRED, EXPIRED),
                            now);
                }
            }
            return expired;
        });
    }

    private static <S extends SqlStatement<S>> S bind(S s, FileRecord f) {
        return s.bind("id", f.id())
                .bind("team_id", f.teamId())
                .bind("created_by_key_id", f.createdByKeyId())
                .bind("scope", f.scope().name())
                .bind("type", f.type() == null ? null : f.type().name())
                .bind("display_name", f.displayName())
                .bind("content_type", f.contentType())
                .bind("sha256", f.sha256())
                .bind("bytes", f.bytes())
                .bind("width", f.width())
                .bind("height", f.height())
                .bind("duration_seconds", f.durationSeconds())
                .bind("renditions", RenditionsJson.write(f.renditions()))
                .bind("upload_state", f.uploadState().name())
                .bind("upload_expires_at", Rows.millis(f.uploadExpiresAt()))
                .bind("error_message", f.errorMessage())
                .bind("description", f.description())
                .bind("transcript", f.transcript())
                .bind("archived_at", Rows.millis(f.archivedAt()))
                .bind("public_playback_id", f.publicPlaybackId())
                .bind(
                        "source_tool_type",
                        f.sourceToolType() == null ? null : f.sourceToolType().name())
                .bind("source_tool_execution_id", f.sourceToolExecutionId())
                .bind("created_at", f.createdAt().toEpochMilli())
                .bind("updated_at", f.updatedAt().toEpochMilli());
    }

    static FileRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
        String type = rs.getString("type");
        String tool = rs.getString("source_tool_type");
        return new FileRecord(
                rs.getString("id"),
                rs.getString("team_id"),
                rs.getString("created_by_key_id"),
                FileScope.valueOf(rs.getString("scope")),
                type == null ? null : FileType.valueOf(type),
                rs.getString("display_name"),
                rs.getString("content_type"),
                rs.getString("sha256"),
                Rows.longValue(rs, "bytes"),
                Rows.integer(rs, "width"),
                Rows.integer(rs, "height"),
                Rows.doubleValue(rs, "duration_seconds"),
                RenditionsJson.read(rs.getString("renditions")),
                UploadState.valueOf(rs.getString("upload_state")),
                Rows.instant(rs, "upload_expires_at"),
                rs.getString("error_message"),
                rs.getString("description"),
                rs.getString("transcript"),
                Rows.instant(rs, "archived_at"),
                rs.getString("public_playback_id"),
                tool == null ? null : ToolType.valueOf(tool),
                rs.getString("source_tool_execution_id"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }
}
