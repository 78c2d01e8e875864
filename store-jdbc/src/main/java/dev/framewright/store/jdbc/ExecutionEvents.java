package dev.framewright.store.jdbc;

import dev.framewright.contract.ExecutionStatus;
import dev.framewright.core.executions.ExecutionEvent;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Appends and reads the stored events of executions, always inside the caller's transaction. */
final class ExecutionEvents {
    private final WebhookOutbox outbox;

    ExecutionEvents(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    /** The start of an event's insert: the columns {@link #nextSeq} and the event's values fill. */
    static final String INSERT =
            "INSERT INTO execution_events (execution_id, seq, event, status, progress, created_at) ";

    /**
     * The SQL expression numbering an execution's next event, {@code executionId} an SQL expression that
     * names it. Appends for one execution are serialised by its row's lock, which every appender holds.
     */
    static String nextSeq(String executionId) {
        return "COALESCE((SELECT MAX(x.seq) FROM execution_events x WHERE x.execution_id = " + executionId
                + "), 0) + 1";
    }

    /**
     * Appends the next event in one statement. Every caller has already updated the execution's row in
     * the same transaction, so appends for one execution are serialised by that row's lock. A terminal
     * status also writes its webhook messages (the outbox) in this transaction.
     */
    void append(Handle h, String executionId, String event, ExecutionStatus status, int progress, Instant at) {
        String team = !status.isTerminal()
                ? null
                : h.createQuery("SELECT team_id FROM executions WHERE id = :id")
                        .bind("id", executionId)
                        .mapTo(String.class)
                        .one();
        append(h, executionId, team, event, status, progress, at);
    }

    /** {@link #append(Handle, String, String, ExecutionStatus, int, Instant)} when the team is known. */
    void append(
            Handle h,
            String executionId,
            String teamId,
            String event,
            ExecutionStatus status,
            int progress,
            Instant at) {
        if (status.isTerminal()) {
            outbox.executionSettled(h, teamId, executionId, status, at);
        }
        h.createUpdate(INSERT + "VALUES (:id, " + nextSeq(":id") + ", :event, :status, :progress, :at)")
                .bind("id", executionId)
                .bind("event", event)
                .bind("status", status.wire())
                .bind("progress", progress)
                .bind("at", at.toEpochMilli())
                .execute();
    }

    List<ExecutionEvent> after(Handle h, String executionId, long afterSeq) {
        return h.createQuery("SELECT * FROM execution_events WHERE execution_id = :id AND seq > :after ORDER BY seq")
                .bind("id", executionId)
                .bind("after", afterSeq)
                .map((rs, ctx) -> new ExecutionEvent(
                        rs.getString("execution_id"),
                        rs.getLong("seq"),
                        rs.getString("event"),
                        ExecutionStatus.fromWire(rs.getString("status")),
                        rs.getInt("progress"),
                        Rows.instant(rs, "created_at")))
                .list();
    }
}
