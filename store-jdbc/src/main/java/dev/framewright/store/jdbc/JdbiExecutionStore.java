package dev.framewright.store.jdbc;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.ToolType;
import dev.framewright.core.Cursor;
import dev.framewright.core.executions.ExecutionEvent;
import dev.framewright.core.executions.ExecutionFilter;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionStore;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.idempotency.IdempotencyCompletion;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Executions and the queue (the same rows). Every worker write is fenced by {@code lease_owner},
 * {@code attempt} and status, so a worker that lost its lease changes nothing.
 */
final class JdbiExecutionStore implements ExecutionStore {
    /** Guard of every worker write: the caller still holds the lease of this attempt. */
    private static final String HELD =
            " WHERE id = :id AND lease_owner = :owner AND attempt = :attempt " + "AND status = 'running'";

    /**
     * The claim's update of the row {@code nextClaimable} found; positional parameters: the owner, the
     * lease's end and now (epoch ms). On PostgreSQL it follows the advisory lock ({@link #claimOnPostgres}).
     */
    private static final String CLAIM = "UPDATE executions SET status = 'running', waiting = 0, attempt = attempt + 1, "
            + "lease_owner = ?, lease_expires_at = ?, started_at = COALESCE(started_at, ?) "
            + "WHERE id = (%s) AND waiting = 1 RETURNING *";

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final JdbiFileStore files;
    private final ExecutionEvents events;
    /** {@link #CLAIM} of {@link #nextClaimable} in this dialect. */
    private final String claim;

    JdbiExecutionStore(Jdbi jdbi, Dialect dialect, JdbiFileStore files, WebhookOutbox outbox) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.files = files;
        this.events = new ExecutionEvents(outbox);
        this.claim = CLAIM.formatted(nextClaimable(dialect));
    }

    @Override
    public void insert(ExecutionRecord e, IdempotencyCompletion completion) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO executions (id, team_id, key_id, tool_type, status, input_json, num_results, "
                            + "output_temporary, watermark, progress, attempt, lease_owner, lease_expires_at, "
                            + "cancel_requested, error_code, error_message, result_file_ids, created_at, started_at, "
                            + "completed_at, waiting) VALUES (:id, :team, :key, :tool, :status, :input, :n, :temp, :wm, "
                            + ":progress, :attempt, NULL, NULL, 0, NULL, NULL, NULL, :created, NULL, NULL, :waiting)")
                    .bind("waiting", e.status() == ExecutionStatus.PENDING ? 1 : 0)
                    .bind("id", e.id())
                    .bind("team", e.teamId())
                    .bind("key", e.keyId())
                    .bind("tool", e.toolType().name())
                    .bind("status", e.status().wire())
                    .bind("input", e.inputJson())
                    .bind("n", e.numResults())
                    .bind("temp", e.outputTemporary() ? 1 : 0)
                    .bind("wm", e.watermark() ? 1 : 0)
                    .bind("progress", e.progress())
                    .bind("attempt", e.attempt())
                    .bind("created", e.createdAt().toEpochMilli())
                    .execute();
            events.append(h, e.id(), ExecutionEvent.STATUS, e.status(), e.progress(), e.createdAt());
            if (completion != null) {
                JdbiIdempotencyStore.complete(h, completion);
            }
            notifyQueued(h);
        });
    }

    @Override
    public List<ExecutionEvent> events(String executionId, long afterSeq) {
        return jdbi.withHandle(h -> events.after(h, executionId, afterSeq));
    }

    @Override
    public Optional<ExecutionRecord> find(String teamId, String executionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM executions WHERE id = :id AND team_id = :team")
                .bind("id", executionId)
                .bind("team", teamId)
                .map(JdbiExecutionStore::map)
                .findOne());
    }

    @Override
    public Optional<ExecutionRecord> findById(String executionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM executions WHERE id = :id")
                .bind("id", executionId)
                .map(JdbiExecutionStore::map)
                .findOne());
    }

    @Override
    public List<ExecutionRecord> list(String teamId, ExecutionFilter filter, Cursor after, int max) {
        StringBuilder where = new StringBuilder(" WHERE team_id = :team");
        if (!filter.statuses().isEmpty()) {
            where.append(" AND status IN (<statuses>)");
        }
        if (!filter.toolTypes().isEmpty()) {
            where.append(" AND tool_type IN (<tools>)");
        }
        if (after != null) {
            where.append(" AND (created_at < :k OR (created_at = :k AND id < :kid))");
        }
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT * FROM executions" + where + " ORDER BY created_at DESC, id DESC LIMIT :max")
                    .bind("team", teamId)
                    .bind("max", max);
            if (!filter.statuses().isEmpty()) {
                q.bindList(
                        "statuses",
                        filter.statuses().stream().map(ExecutionStatus::wire).toList());
            }
            if (!filter.toolTypes().isEmpty()) {
                q.bindList("tools", filter.toolTypes().stream().map(Enum::name).toList());
            }
            if (after != null) {
                q.bind("k", after.sortKey()).bind("kid", after.id());
            }
            return q.map(JdbiExecutionStore::map).list();
        });
    }

    @Override
    public Optional<ExecutionRecord> claim(String workerId, Instant now, Duration lease) {
        if (dialect == Dialect.POSTGRES) {
            return jdbi.withHandle(h -> claimOnPostgres(h, workerId, now, lease));
        }
        return jdbi.inTransaction(h -> claim(h, workerId, now, lease));
    }

    /**
     * SQLite's claim, inside the caller's transaction (SQLite serialises writers, so the cap is exact).
     */
    private Optional<ExecutionRecord> claim(Handle h, String workerId, Instant now, Duration lease) {
        Optional<ExecutionRecord> claimed = h.createQuery(claim)
                .bind(0, workerId)
                .bind(1, now.plus(lease).toEpochMilli())
                .bind(2, now.toEpochMilli())
                .map(JdbiExecutionStore::map)
                .findOne();
        claimed.filter(e -> e.attempt() == 1)
                .ifPresent(e ->
                        events.append(h, e.id(), ExecutionEvent.STATUS, ExecutionStatus.RUNNING, e.progress(), now));
        return claimed;
    }

    /**
     * PostgreSQL's claim in one round trip and one implicit transaction: the per-team cap counts
     * running rows, which SKIP LOCKED alone cannot make exact under concurrent claims, so claims
     * serialise on a transaction-scoped advisory lock. The lock and the claim (with its event, as a
     * data-modifying CTE) are two statements of one autocommit execution, which pgjdbc sends before a
     * single Sync: PostgreSQL runs them as one transaction, the claim's snapshot is taken after the lock
     * is granted, and the lock is released at the commit that follows at once on the server. It is never
     * held across a round trip to this JVM (it used to be held for three: claim, event, commit). The
     * event is numbered by {@link ExecutionEvents#nextSeq}, under the row's lock like every append.
     */
    private Optional<ExecutionRecord> claimOnPostgres(Handle h, String workerId, Instant now, Duration lease) {
        String sql = "SELECT pg_advisory_xact_lock(7216001); WITH c AS (" + claim + "), e AS ("
                + ExecutionEvents.INSERT + "SELECT c.id, " + ExecutionEvents.nextSeq("c.id")
                + ", ?, ?, c.progress, ? FROM c WHERE c.attempt = 1) SELECT * FROM c";
        return h.createQuery(sql)
                .bind(0, workerId)
                .bind(1, now.plus(lease).toEpochMilli())
                .bind(2, now.toEpochMilli())
                .bind(3, ExecutionEvent.STATUS)
                .bind(4, ExecutionStatus.RUNNING.wire())
                .bind(5, now.toEpochMilli())
                .execute((statement, ctx) -> {
                    PreparedStatement ps = statement.get(); // executed: its first result is the lock's
                    if (!ps.getMoreResults()) {
                        throw new SQLException("the claim statement returned no rows");
                    }
                    try (ResultSet rs = ps.getResultSet()) {
                        return rs.next() ? Optional.of(map(rs, ctx)) : Optional.empty();
                    }
                });
    }

    /**
     * The id of the oldest waiting execution (pending, or running without an owner: its worker died, so it
     * re-runs transparently) of a team under its concurrency cap. The teams at their cap are found once
     * per claim (an uncorrelated subquery, which PostgreSQL hashes), never once per waiting row: a per-row
     * count made each claim cost O(queue length) whenever PostgreSQL sorted all waiting rows, as it does
     * when the statistics predate a burst (docs/benchmarks.md, "Execution queue"). The oldest row then
     * comes off the partial index in order. Package-private: PostgresStoreTest checks its plan.
     */
    static String nextClaimable(Dialect dialect) {
        return "SELECT e.id FROM executions e WHERE e.waiting = 1 AND e.team_id NOT IN ("
                + "SELECT r.team_id FROM executions r JOIN teams t ON t.id = r.team_id "
                + "WHERE r.status = 'running' AND r.lease_owner IS NOT NULL "
                + "GROUP BY r.team_id, t.concurrency_cap HAVING COUNT(*) >= t.concurrency_cap) "
                + "ORDER BY e.created_at, e.id LIMIT 1" + dialect.skipLocked();
    }

    @Override
    public LeaseState heartbeat(
            String executionId, String workerId, int attempt, Instant now, Instant leaseUntil, int progress) {
        return jdbi.inTransaction(h -> {
            Optional<Integer> cancel = h.createQuery("UPDATE executions SET lease_expires_at = :until, "
                            + "progress = :p" + HELD + " AND progress < :p RETURNING cancel_requested")
                    .bind("id", executionId)
                    .bind("owner", workerId)
                    .bind("attempt", attempt)
                    .bind("until", leaseUntil.toEpochMilli())
                    .bind("p", progress)
                    .mapTo(Integer.class)
                    .findOne();
            if (cancel.isPresent()) {
                // progress moved: one progress event per heartbeat at most (coalesced, ≤ 2/s)
                events.append(h, executionId, ExecutionEvent.PROGRESS, ExecutionStatus.RUNNING, progress, now);
            } else {
                cancel = h.createQuery("UPDATE executions SET lease_expires_at = :until" + HELD
                                + " RETURNING cancel_requested")
                        .bind("id", executionId)
                        .bind("owner", workerId)
                        .bind("attempt", attempt)
                        .bind("until", leaseUntil.toEpochMilli())
                        .mapTo(Integer.class)
                        .findOne();
            }
            if (cancel.isEmpty()) {
                return LeaseState.LOST;
            }
            return cancel.get() != 0 ? LeaseState.CANCEL_REQUESTED : LeaseState.HELD;
        });
    }

    @Override
    public boolean succeed(String executionId, String workerId, int attempt, List<FileRecord> outputs, Instant now) {
        return jdbi.inTransaction(h -> succeed(h, executionId, workerId, attempt, outputs, now));
    }

    @Override
    public SucceededThenClaimed succeedThenClaim(
            String executionId, String workerId, int attempt, List<FileRecord> outputs, Instant now, Duration lease) {
        if (dialect == Dialect.POSTGRES) {
            // the claim commits on its own, in one round trip, so its lock never waits for this commit
            return ExecutionStore.super.succeedThenClaim(executionId, workerId, attempt, outputs, now, lease);
        }
        return jdbi.inTransaction(h -> succeed(h, executionId, workerId, attempt, outputs, now)
                ? new SucceededThenClaimed(true, claim(h, workerId, now, lease))
                : new SucceededThenClaimed(false, Optional.empty()));
    }

    private boolean succeed(
            Handle h, String executionId, String workerId, int attempt, List<FileRecord> outputs, Instant now) {
        String ids = String.join(",", outputs.stream().map(FileRecord::id).toList());
        Optional<String> team = h.createQuery("UPDATE executions SET status = 'succeeded', progress = 100, "
                        + "completed_at = :now, result_file_ids = :ids, lease_owner = NULL, lease_expires_at = NULL"
                        + HELD + " AND cancel_requested = 0 RETURNING team_id")
                .bind("id", executionId)
                .bind("owner", workerId)
                .bind("attempt", attempt)
                .bind("now", now.toEpochMilli())
                .bind("ids", ids)
                .mapTo(String.class)
                .findOne();
        if (team.isEmpty()) {
            return false;
        }
        for (FileRecord f : outputs) {
            files.insert(h, f);
        }
        events.append(h, executionId, team.get(), ExecutionEvent.STATUS, ExecutionStatus.SUCCEEDED, 100, now);
        return true;
    }

    @Override
    public boolean fail(String executionId, String workerId, int attempt, ErrorCode code, String message, Instant now) {
        return jdbi.inTransaction(h -> {
            Optional<Integer> progress = h.createQuery("UPDATE executions SET status = 'failed', error_code = :code, "
                            + "error_message = :msg, completed_at = :now, lease_owner = NULL, lease_expires_at = NULL"
                            + HELD + " AND cancel_requested = 0 RETURNING progress")
                    .bind("id", executionId)
                    .bind("owner", workerId)
                    .bind("attempt", attempt)
                    .bind("code", code.wire())
                    .bind("msg", message)
                    .bind("now", now.toEpochMilli())
                    .mapTo(Integer.class)
                    .findOne();
            progress.ifPresent(
                    p -> events.append(h, executionId, ExecutionEvent.STATUS, ExecutionStatus.FAILED, p, now));
            return progress.isPresent();
        });
    }

    @Override
    public boolean settleCancelled(String executionId, String workerId, int attempt, Instant now) {
        return jdbi.inTransaction(h -> {
            Optional<Integer> progress = h.createQuery("UPDATE executions SET status = 'cancelled', "
                            + "completed_at = :now, lease_owner = NULL, lease_expires_at = NULL" + HELD
                            + " RETURNING progress")
                    .bind("id", executionId)
                    .bind("owner", workerId)
                    .bind("attempt", attempt)
                    .bind("now", now.toEpochMilli())
                    .mapTo(Integer.class)
                    .findOne();
            progress.ifPresent(
                    p -> events.append(h, executionId, ExecutionEvent.STATUS, ExecutionStatus.CANCELLED, p, now));
            return progress.isPresent();
        });
    }

    @Override
    public Optional<ExecutionRecord> requestCancel(String teamId, String executionId, Instant now) {
        return jdbi.inTransaction(h -> {
            // nothing runs it (pending, or running without an owner): cancelled at once
            Optional<Integer> progress = h.createQuery("UPDATE executions SET status = 'cancelled', "
                            + "completed_at = :now, lease_expires_at = NULL, waiting = 0 WHERE id = :id AND team_id = :team "
                            + "AND waiting = 1 "
                            + "RETURNING progress")
                    .bind("id", executionId)
                    .bind("team", teamId)
                    .bind("now", now.toEpochMilli())
                    .mapTo(Integer.class)
                    .findOne();
            progress.ifPresent(
                    p -> events.append(h, executionId, ExecutionEvent.STATUS, ExecutionStatus.CANCELLED, p, now));
            // a worker runs it: ask it to stop; it settles cancelled once the work has really stopped
            h.createUpdate("UPDATE executions SET cancel_requested = 1 "
                            + "WHERE id = :id AND team_id = :team AND status = 'running'")
                    .bind("id", executionId)
                    .bind("team", teamId)
                    .execute();
            return h.createQuery("SELECT * FROM executions WHERE id = :id AND team_id = :team")
                    .bind("id", executionId)
                    .bind("team", teamId)
                    .map(JdbiExecutionStore::map)
                    .findOne();
        });
    }

    @Override
    public int reapExpired(Instant now, int maxAttempts) {
        long t = now.toEpochMilli();
        String expired = " WHERE status = 'running' AND lease_owner IS NOT NULL AND lease_expires_at < :now";
        return jdbi.inTransaction(h -> {
            // a cancel requested of a dead worker: nothing runs any more, so the cancel is complete
            List<Map.Entry<String, Integer>> cancelled = h.createQuery("UPDATE executions SET status = 'cancelled', "
                            + "completed_at = :now, lease_owner = NULL, lease_expires_at = NULL" + expired
                            + " AND cancel_requested = 1 RETURNING id, progress")
                    .bind("now", t)
                    .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getInt("progress")))
                    .list();
            cancelled.forEach(c ->
                    events.append(h, c.getKey(), ExecutionEvent.STATUS, ExecutionStatus.CANCELLED, c.getValue(), now));
            List<Map.Entry<String, Integer>> failed = h.createQuery("UPDATE executions SET status = 'failed', "
                            + "error_code = 'internal_error', error_message = :msg, completed_at = :now, "
                            + "lease_owner = NULL, lease_expires_at = NULL" + expired
                            + " AND attempt >= :max RETURNING id, progress")
                    .bind("now", t)
                    .bind("max", maxAttempts)
                    .bind(
                            "msg",
                            "The execution was interrupted " + maxAttempts
                                    + " times (server restarts or lost workers) and was given up")
                    .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getInt("progress")))
                    .list();
            failed.forEach(f ->
                    events.append(h, f.getKey(), ExecutionEvent.STATUS, ExecutionStatus.FAILED, f.getValue(), now));
            // the rest stay running without an owner until the next attempt is claimed
            int orphaned = h.createUpdate(
                            "UPDATE executions SET lease_owner = NULL, lease_expires_at = NULL, waiting = 1" + expired)
                    .bind("now", t)
                    .execute();
            if (orphaned > 0) {
                notifyQueued(h);
            }
            return cancelled.size() + failed.size() + orphaned;
        });
    }

    /** On PostgreSQL, wakes every node's idle workers when this transaction commits (Notifications). */
    private void notifyQueued(Handle h) {
        if (dialect == Dialect.POSTGRES) {
            h.execute("NOTIFY " + Notifications.EXECUTIONS);
        }
    }

    private static ExecutionRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
        String ids = rs.getString("result_file_ids");
        return new ExecutionRecord(
                rs.getString("id"),
                rs.getString("team_id"),
                rs.getString("key_id"),
                ToolType.valueOf(rs.getString("tool_type")),
                ExecutionStatus.fromWire(rs.getString("status")),
                rs.getString("input_json"),
                rs.getInt("num_results"),
                Rows.flag(rs, "output_temporary"),
                Rows.flag(rs, "watermark"),
                rs.getInt("progress"),
                rs.getInt("attempt"),
                rs.getString("lease_owner"),
                Rows.instant(rs, "lease_expires_at"),
                Rows.flag(rs, "cancel_requested"),
                rs.getString("error_code"),
                rs.getString("error_message"),
                ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "started_at"),
                Rows.instant(rs, "completed_at"));
    }
}
