package dev.framewright.store.jdbc;

import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.IdPrefix;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.core.Ids;
import dev.framewright.core.webhooks.OutboxEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The transactional outbox: writes one webhook message per subscribed active endpoint of the
 * subject's team, always inside the caller's transaction, so a message exists exactly when the state
 * change that caused it committed. A repeated event (a file processed again after a crash) is written
 * once per endpoint. After commit the listener is told, to wake this node's dispatcher.
 */
final class WebhookOutbox {
    private final Dialect dialect;
    private volatile Runnable listener = () -> {};

    WebhookOutbox(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Told after a transaction that wrote messages committed; fast, never throws. */
    void listener(Runnable r) {
        listener = r;
    }

    /** The terminal status of an execution → its {@code tool_execution.*} event. */
    void executionSettled(Handle h, String teamId, String executionId, ExecutionStatus status, Instant at) {
        WebhookEventName event =
                switch (status) {
                    case SUCCEEDED -> WebhookEventName.TOOL_EXECUTION_SUCCEEDED;
                    case FAILED -> WebhookEventName.TOOL_EXECUTION_FAILED;
                    case CANCELLED -> WebhookEventName.TOOL_EXECUTION_CANCELLED;
                    default -> throw new IllegalArgumentException("not terminal: " + status);
                };
        append(h, teamId, executionId, OutboxEvent.of(event), at);
    }

    /** A {@code file.*} event, only for files uploaded through the API (tool outputs emit none). */
    void fileEvent(Handle h, String fileId, OutboxEvent event, Instant at) {
        h.createQuery("SELECT team_id FROM files WHERE id = :id AND source_tool_execution_id IS NULL")
                .bind("id", fileId)
                .mapTo(String.class)
                .findOne()
                .ifPresent(team -> append(h, team, fileId, event, at));
    }

    void append(Handle h, String teamId, String subjectId, OutboxEvent e, Instant at) {
        List<Map<String, Object>> endpoints = h.createQuery(
                        "SELECT id, events FROM webhook_endpoints WHERE team_id = :team AND status = 'active'")
                .bind("team", teamId)
                .mapToMap()
                .list();
        int written = 0;
        for (Map<String, Object> ep : endpoints) {
            if (Arrays.asList(((String) ep.get("events")).split(","))
                    .contains(e.event().wire())) {
                written += insert(h, (String) ep.get("id"), teamId, subjectId, e, at);
            }
        }
        if (written > 0) {
            if (dialect == Dialect.POSTGRES) {
                // delivered at commit to every node's LISTEN connection (Notifications)
                h.execute("NOTIFY " + Notifications.WEBHOOKS);
            }
            Runnable l = listener;
            h.afterCommit(l);
        }
    }

    private static int insert(Handle h, String endpointId, String teamId, String subjectId, OutboxEvent e, Instant at) {
        return h.createUpdate("INSERT INTO webhook_messages (id, webhook_id, endpoint_id, team_id, event, subject_id, "
                        + "subject_seq, occurred_at, error_code, error_message, body, status, attempts, "
                        + "next_attempt_at, replay_requested, lease_owner, lease_expires_at, created_at) VALUES (:id, "
                        + ":msg, :ep, :team, :event, :subject, (SELECT COUNT(*) + 1 FROM webhook_messages "
                        + "WHERE endpoint_id = :ep AND subject_id = :subject), :at, :code, :message, NULL, 'pending', "
                        + "0, :at, 0, NULL, NULL, :at) ON CONFLICT (endpoint_id, subject_id, event) DO NOTHING")
                .bind("id", Ids.newId(IdPrefix.DELIVERY))
                .bind("msg", Ids.newId(IdPrefix.MESSAGE))
                .bind("ep", endpointId)
                .bind("team", teamId)
                .bind("event", e.event().wire())
                .bind("subject", subjectId)
                .bind("at", at.toEpochMilli())
                .bind("code", e.errorCode())
                .bind("message", e.errorMessage())
                .execute();
    }
}
