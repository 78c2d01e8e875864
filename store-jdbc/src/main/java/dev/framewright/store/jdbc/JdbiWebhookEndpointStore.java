package dev.framewright.store.jdbc;

import dev.framewright.core.Cursor;
import dev.framewright.core.webhooks.WebhookEndpointRecord;
import dev.framewright.core.webhooks.WebhookEndpointStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

final class JdbiWebhookEndpointStore implements WebhookEndpointStore {
    private final Jdbi jdbi;

    JdbiWebhookEndpointStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(WebhookEndpointRecord e) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO webhook_endpoints (id, team_id, url, events, description, "
                        + "status, disabled_reason, secret, secret_last4, previous_secret, previous_secret_until, "
                        + "created_at) VALUES (:id, :team, :url, :events, :description, :status, :reason, :secret, "
                        + ":last4, :previous, :until, :created)")
                .bind("id", e.id())
                .bind("team", e.teamId())
                .bind("url", e.url())
                .bind("events", WebhookRows.events(e.events()))
                .bind("description", e.description())
                .bind("status", e.status().wire())
                .bind("reason", e.disabledReason())
                .bind("secret", e.sealedSecret())
                .bind("last4", e.secretLast4())
                .bind("previous", e.sealedPreviousSecret())
                .bind("until", Rows.millis(e.previousSecretUntil()))
                .bind("created", e.createdAt().toEpochMilli())
                .execute());
    }

    @Override
    public Optional<WebhookEndpointRecord> find(String teamId, String endpointId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM webhook_endpoints WHERE id = :id AND team_id = :team")
                .bind("id", endpointId)
                .bind("team", teamId)
                .map(WebhookRows::endpoint)
                .findOne());
    }

    @Override
    public Optional<WebhookEndpointRecord> findById(String endpointId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM webhook_endpoints WHERE id = :id")
                .bind("id", endpointId)
                .map(WebhookRows::endpoint)
                .findOne());
    }

    @Override
    public List<WebhookEndpointRecord> list(String teamId, Cursor after, int max) {
        String keyset = after == null ? "" : " AND (created_at < :k OR (created_at = :k AND id < :kid))";
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT * FROM webhook_endpoints WHERE team_id = :team" + keyset
                            + " ORDER BY created_at DESC, id DESC LIMIT :max")
                    .bind("team", teamId)
                    .bind("max", max);
            if (after != null) {
                q.bind("k", after.sortKey()).bind("kid", after.id());
            }
            return q.map(WebhookRows::endpoint).list();
        });
    }

    @Override
    public boolean delete(String teamId, String endpointId) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("DELETE FROM webhook_endpoints WHERE id = :id AND team_id = :team")
                    .bind("id", endpointId)
                    .bind("team", teamId)
                    .execute();
            if (n == 1) {
                h.createUpdate("DELETE FROM webhook_attempts WHERE message_id IN "
                                + "(SELECT id FROM webhook_messages WHERE endpoint_id = :id)")
                        .bind("id", endpointId)
                        .execute();
                h.createUpdate("DELETE FROM webhook_messages WHERE endpoint_id = :id")
                        .bind("id", endpointId)
                        .execute();
            }
            return n == 1;
        });
    }

    @Override
    public Optional<WebhookEndpointRecord> rotateSecret(
            String teamId, String endpointId, String sealedSecret, String secretLast4, Instant previousUntil) {
        // one statement: concurrent rotations each move the then-current secret to previous
        return jdbi.inTransaction(h -> h.createQuery("UPDATE webhook_endpoints SET previous_secret = secret, "
                        + "previous_secret_until = :until, secret = :secret, secret_last4 = :last4 "
                        + "WHERE id = :id AND team_id = :team RETURNING *")
                .bind("id", endpointId)
                .bind("team", teamId)
                .bind("secret", sealedSecret)
                .bind("last4", secretLast4)
                .bind("until", previousUntil.toEpochMilli())
                .map(WebhookRows::endpoint)
                .findOne());
    }

    @Override
    public boolean disable(String endpointId, String reason) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE webhook_endpoints SET status = 'disabled', disabled_reason = :reason "
                            + "WHERE id = :id AND status = 'active'")
                    .bind("id", endpointId)
                    .bind("reason", reason)
                    .execute();
            h.createUpdate("UPDATE webhook_messages SET status = 'failed', next_attempt_at = NULL, "
                            + "replay_requested = 0, lease_owner = NULL, lease_expires_at = NULL "
                            + "WHERE endpoint_id = :id AND status = 'pending'")
                    .bind("id", endpointId)
                    .execute();
            return n == 1;
        });
    }
}
