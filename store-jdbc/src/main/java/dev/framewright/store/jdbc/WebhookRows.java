package dev.framewright.store.jdbc;

import dev.framewright.contract.DeliveryAttemptError;
import dev.framewright.contract.DeliveryStatus;
import dev.framewright.contract.WebhookEndpointStatus;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.core.webhooks.AttemptRecord;
import dev.framewright.core.webhooks.Delivery;
import dev.framewright.core.webhooks.WebhookEndpointRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.statement.StatementContext;

/** Row mappers of the webhook tables. Events are stored comma-separated, statuses as wire values. */
final class WebhookRows {
    private WebhookRows() {}

    static String events(List<WebhookEventName> events) {
        return String.join(",", events.stream().map(WebhookEventName::wire).toList());
    }

    static WebhookEndpointRecord endpoint(ResultSet rs, StatementContext ctx) throws SQLException {
        return new WebhookEndpointRecord(
                rs.getString("id"),
                rs.getString("team_id"),
                rs.getString("url"),
                Arrays.stream(rs.getString("events").split(","))
                        .map(WebhookEventName::fromWire)
                        .toList(),
                rs.getString("description"),
                WebhookEndpointStatus.fromWire(rs.getString("status")),
                rs.getString("disabled_reason"),
                rs.getString("secret"),
                rs.getString("secret_last4"),
                rs.getString("previous_secret"),
                Rows.instant(rs, "previous_secret_until"),
                Rows.instant(rs, "created_at"));
    }

    static Delivery delivery(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Delivery(
                rs.getString("id"),
                rs.getString("webhook_id"),
                rs.getString("endpoint_id"),
                rs.getString("team_id"),
                WebhookEventName.fromWire(rs.getString("event")),
                rs.getString("subject_id"),
                Rows.instant(rs, "occurred_at"),
                rs.getString("error_code"),
                rs.getString("error_message"),
                rs.getString("body"),
                DeliveryStatus.fromWire(rs.getString("status")),
                rs.getInt("attempts"),
                Rows.instant(rs, "next_attempt_at"),
                Rows.flag(rs, "replay_requested"),
                rs.getString("lease_owner"),
                Rows.instant(rs, "created_at"));
    }

    static AttemptRecord attempt(ResultSet rs, StatementContext ctx) throws SQLException {
        String error = rs.getString("error");
        return new AttemptRecord(
                Rows.instant(rs, "attempted_at"),
                Rows.integer(rs, "response_status"),
                rs.getLong("duration_ms"),
                error == null ? null : DeliveryAttemptError.fromWire(error));
    }
}
