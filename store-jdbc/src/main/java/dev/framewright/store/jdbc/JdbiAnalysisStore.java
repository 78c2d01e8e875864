package dev.framewright.store.jdbc;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.core.analysis.Analysis;
import dev.framewright.core.analysis.AnalysisClaim;
import dev.framewright.core.analysis.AnalysisStore;
import dev.framewright.core.analysis.SearchCandidate;
import dev.framewright.core.analysis.Vectors;
import dev.framewright.core.webhooks.OutboxEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The analysis queue and search index in {@code file_analysis} (migration V5). Claims work like the
 * execution queue's: the oldest claimable row, {@code SKIP LOCKED} on PostgreSQL, and every settling
 * write fenced by lease owner and attempt. The {@code embedding} column holds a file's search vectors
 * ({@link Analysis#embeddings()}) as {@link Vectors#encodeAll}: base64 float32 vectors separated by a
 * space (a row written with one vector reads back as one).
 */
final class JdbiAnalysisStore implements AnalysisStore {
    private static final String HELD =
            " WHERE file_id = :id AND state = 'running' AND lease_owner = :owner " + "AND attempt = :attempt";

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final WebhookOutbox outbox;

    JdbiAnalysisStore(Jdbi jdbi, Dialect dialect, WebhookOutbox outbox) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.outbox = outbox;
    }

    /**
     * Queues a file for analysis within the caller's transaction, if it is GLOBAL (API.md §10.5:
     * TEMPORARY files are never analysed); a file already queued or analysed keeps its row.
     */
    static void enqueue(Handle h, String fileId, Instant now) {
        h.createUpdate("INSERT INTO file_analysis (file_id, team_id, state, attempt, not_before, created_at, "
                        + "updated_at) SELECT id, team_id, 'waiting', 0, :now, :now, :now FROM files "
                        + "WHERE id = :id AND scope = 'GLOBAL' ON CONFLICT (file_id) DO NOTHING")
                .bind("id", fileId)
                .bind("now", now.toEpochMilli())
                .execute();
    }

    @Override
    public Optional<AnalysisClaim> claim(String owner, Instant now, Duration lease) {
        String sql = "UPDATE file_analysis SET state = 'running', attempt = attempt + 1, lease_owner = :owner, "
                + "lease_expires_at = :until, updated_at = :now WHERE file_id = (SELECT e.file_id FROM "
                + "file_analysis e WHERE e.state = 'waiting' AND e.not_before <= :now ORDER BY e.not_before, "
                + "e.file_id LIMIT 1" + dialect.skipLocked() + ") AND state = 'waiting' RETURNING file_id, attempt";
        return jdbi.inTransaction(h -> h.createQuery(sql)
                .bind("owner", owner)
                .bind("until", now.plus(lease).toEpochMilli())
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new AnalysisClaim(rs.getString("file_id"), owner, rs.getInt("attempt")))
                .findOne());
    }

    @Override
    public boolean complete(AnalysisClaim claim, Analysis a, Instant now) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE file_analysis SET state = 'completed', lease_owner = NULL, "
                            + "lease_expires_at = NULL, error_message = NULL, embedding = :e, embedding_model = :m, "
                            + "updated_at = :now" + HELD)
                    .bind("e", a.embeddings() == null ? null : Vectors.encodeAll(a.embeddings()))
                    .bind("m", a.model())
                    .bind("now", now.toEpochMilli())
                    .bind("id", claim.fileId())
                    .bind("owner", claim.owner())
                    .bind("attempt", claim.attempt())
                    .execute();
            if (n == 0) {
                return false;
            }
            h.createUpdate("UPDATE files SET description = :d, transcript = :t, updated_at = :now WHERE id = :id")
                    .bind("d", a.description())
                    .bind("t", a.transcript())
                    .bind("now", now.toEpochMilli())
                    .bind("id", claim.fileId())
                    .execute();
            settled(h, claim.fileId(), null, now);
            return true;
        });
    }

    @Override
    public boolean retry(AnalysisClaim claim, String error, Instant notBefore, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE file_analysis SET state = 'waiting', lease_owner = NULL, "
                                + "lease_expires_at = NULL, error_message = :err, not_before = :nb, updated_at = :now"
                                + HELD)
                        .bind("err", error)
                        .bind("nb", notBefore.toEpochMilli())
                        .bind("now", now.toEpochMilli())
                        .bind("id", claim.fileId())
                        .bind("owner", claim.owner())
                        .bind("attempt", claim.attempt())
                        .execute())
                == 1;
    }

    @Override
    public boolean fail(AnalysisClaim claim, String error, Instant now) {
        return jdbi.inTransaction(h -> failHeld(h, claim.fileId(), claim.owner(), claim.attempt(), error, now));
    }

    private boolean failHeld(Handle h, String fileId, String owner, int attempt, String error, Instant now) {
        int n = h.createUpdate(
                        "UPDATE file_analysis SET state = 'failed', lease_owner = NULL, lease_expires_at = NULL, "
                                + "error_message = :err, embedding = NULL, embedding_model = NULL, updated_at = :now"
                                + HELD)
                .bind("err", error)
                .bind("now", now.toEpochMilli())
                .bind("id", fileId)
                .bind("owner", owner)
                .bind("attempt", attempt)
                .execute();
        if (n == 0) {
            return false;
        }
        // API.md §10.6: a failed analysis leaves both fields null (they are unless analysed before)
        h.createUpdate("UPDATE files SET description = NULL, transcript = NULL, updated_at = :now "
                        + "WHERE id = :id AND (description IS NOT NULL OR transcript IS NOT NULL)")
                .bind("now", now.toEpochMilli())
                .bind("id", fileId)
                .execute();
        settled(h, fileId, error, now);
        return true;
    }

    /**
     * The hook for the webhook outbox: an analysis of {@code fileId} ended, successfully when {@code
     * error} is null. {@code file.analysis_completed} / {@code file.analysis_failed} (API.md §9.1) are
     * written here, in the settling transaction, for files uploaded through the API only.
     */
    private void settled(Handle h, String fileId, String error, Instant now) {
        outbox.fileEvent(
                h,
                fileId,
                error == null
                        ? OutboxEvent.of(WebhookEventName.FILE_ANALYSIS_COMPLETED)
                        : OutboxEvent.failed(WebhookEventName.FILE_ANALYSIS_FAILED, ErrorCode.ENGINE_FAILED, error),
                now);
    }

    @Override
    public int reapExpired(Instant now, int maxAttempts) {
        return jdbi.inTransaction(h -> {
            int requeued = h.createUpdate("UPDATE file_analysis SET state = 'waiting', lease_owner = NULL, "
                            + "lease_expires_at = NULL, not_before = :now, error_message = :err, updated_at = :now "
                            + "WHERE state = 'running' AND lease_expires_at < :now AND attempt < :max")
                    .bind("now", now.toEpochMilli())
                    .bind("max", maxAttempts)
                    .bind("err", "the analysing worker stopped")
                    .execute();
            List<AnalysisClaim> dead = h.createQuery("SELECT file_id, lease_owner, attempt FROM file_analysis "
                            + "WHERE state = 'running' AND lease_expires_at < :now")
                    .bind("now", now.toEpochMilli())
                    .map((rs, ctx) -> new AnalysisClaim(
                            rs.getString("file_id"), rs.getString("lease_owner"), rs.getInt("attempt")))
                    .list();
            int failed = 0;
            for (AnalysisClaim c : dead) {
                if (failHeld(
                        h,
                        c.fileId(),
                        c.owner(),
                        c.attempt(),
                        "the analysing worker stopped " + c.attempt() + " times",
                        now)) {
                    failed++;
                }
            }
            return requeued + failed;
        });
    }

    @Override
    public List<SearchCandidate> candidates(String teamId, String keyId, String model) {
        String self = keyId == null ? "" : " AND f.created_by_key_id = :key";
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT f.id, f.display_name, f.description, f.transcript, a.embedding "
                            + "FROM file_analysis a JOIN files f ON f.id = a.file_id WHERE a.team_id = :team "
                            + "AND a.state = 'completed' AND a.embedding_model = :model AND f.scope = 'GLOBAL' "
                            + "AND f.archived_at IS NULL" + self)
                    .bind("team", teamId)
                    .bind("model", model);
            if (keyId != null) {
                q.bind("key", keyId);
            }
            return q.map((rs, ctx) -> new SearchCandidate(
                            rs.getString("id"),
                            Vectors.decodeAll(rs.getString("embedding")),
                            String.join(
                                    "\n",
                                    rs.getString("display_name"),
                                    nonNull(rs.getString("description")),
                                    nonNull(rs.getString("transcript")))))
                    .list();
        });
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public List<String> missingEmbeddings(String model, int max) {
        return jdbi.withHandle(h -> h.createQuery("SELECT file_id FROM file_analysis WHERE state = 'completed' AND "
                        + "(embedding IS NULL OR embedding_model <> :model) ORDER BY file_id LIMIT :max")
                .bind("model", model)
                .bind("max", max)
                .mapTo(String.class)
                .list());
    }

    @Override
    public boolean setEmbeddings(String fileId, List<float[]> embeddings, String model, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE file_analysis SET embedding = :e, embedding_model = :m, "
                                + "updated_at = :now WHERE file_id = :id AND state = 'completed'")
                        .bind("e", Vectors.encodeAll(embeddings))
                        .bind("m", model)
                        .bind("now", now.toEpochMilli())
                        .bind("id", fileId)
                        .execute())
                == 1;
    }
}
