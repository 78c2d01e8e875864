package dev.framewright.store.jdbc;

import dev.framewright.core.webhooks.AttemptRecord;
import dev.framewright.core.webhooks.Delivery;
import dev.framewright.core.webhooks.DeliveryQueue;
import dev.framewright.core.webhooks.Settlement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Webhook messages as a queue: claims mirror the execution queue (one {@code UPDATE … WHERE id IN
 * (SELECT … [FOR UPDATE SKIP LOCKED]) RETURNING *}) and every later write is fenced by the lease owner.
 */
final class JdbiDeliveryQueue implements DeliveryQueue {
    /** Free to claim: the lease is free or expired (its dispatcher died). */
    private static final String FREE = "(lease_expires_at IS NULL OR lease_expires_at < :now)";

    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbiDeliveryQueue(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    @Override
    public List<Delivery> claim(String owner, Instant now, Duration lease, int max) {
        // an earlier pending message of the same endpoint and subject holds back the later ones
        String sql = "UPDATE webhook_messages SET lease_owner = :owner, lease_expires_at = :until WHERE id IN ("
                + "SELECT e.id FROM webhook_messages e WHERE e.status = 'pending' "
                + "AND (e.next_attempt_at <= :now OR e.replay_requested = 1) AND "
                + FREE.replace("lease", "e.lease") + " AND NOT EXISTS (SELECT 1 FROM webhook_messages p "
                + "WHERE p.endpoint_id = e.endpoint_id AND p.subject_id = e.subject_id "
                + "AND p.subject_seq < e.subject_seq AND p.status = 'pending') "
                + "ORDER BY e.next_attempt_at, e.id LIMIT :max" + dialect.skipLocked() + ") AND status = 'pending' AND "
                + FREE + " RETURNING *";
        return jdbi.inTransaction(h -> h.createQuery(sql)
                .bind("owner", owner)
                .bind("until", now.plus(lease).toEpochMilli())
                .bind("now", now.toEpochMilli())
                .bind("max", max)
                .map(WebhookRows::delivery)
                .list());
    }

    @Override
    public Optional<String> bodyOnce(String deliveryId, String body) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE webhook_messages SET body = :body WHERE id = :id AND body IS NULL")
                    .bind("id", deliveryId)
                    .bind("body", body)
                    .execute();
            return h.createQuery("SELECT body FROM webhook_messages WHERE id = :id")
                    .bind("id", deliveryId)
                    .mapTo(String.class)
                    .findOne();
        });
    }

    @Override
    public boolean settle(String deliveryId, String owner, AttemptRecord a, Settlement next) {
        return jdbi.inTransaction(h -> {
            // a replay asked for while a scheduled attempt was in flight survives it
            int n = h.createUpdate("UPDATE webhook_messages SET status = CASE WHEN replay_requested = 1 "
                            + "AND :replay = 0 THEN 'pending' ELSE :status END, attempts = :attempts, "
                            + "next_attempt_at = :next, replay_requested = CASE WHEN :replay = 1 THEN 0 "
                            + "ELSE replay_requested END, lease_owner = NULL, lease_expires_at = NULL "
                            + "WHERE id = :id AND lease_owner = :owner")
                    .bind("id", deliveryId)
                    .bind("owner", owner)
                    .bind("status", next.status().wire())
                    .bind("attempts", next.attempts())
                    .bind("next", Rows.millis(next.nextAttemptAt()))
                    .bind("replay", next.replay() ? 1 : 0)
                    .execute();
            if (n == 1) {
                h.createUpdate("INSERT INTO webhook_attempts (message_id, n, attempted_at, response_status, "
                                + "duration_ms, error) VALUES (:id, (SELECT COUNT(*) + 1 FROM webhook_attempts "
                                + "WHERE message_id = :id), :at, :status, :ms, :error)")
                        .bind("id", deliveryId)
                        .bind("at", a.attemptedAt().toEpochMilli())
                        .bind("status", a.responseStatus())
                        .bind("ms", a.durationMs())
                        .bind("error", a.error() == null ? null : a.error().wire())
                        .execute();
            }
            return n == 1;
        });
    }

    @Override
    public Optional<Instant> nextDueAfter(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MIN(next_attempt_at) FROM webhook_messages "
                        + "WHERE status = 'pending' AND next_attempt_at > :now")
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli));
    }

    @Override
    public int deleteFinishedBefore(Instant cutoff) {
        String old = "SELECT id FROM webhook_messages WHERE status <> 'pending' AND created_at < :cutoff";
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM webhook_attempts WHERE message_id IN (" + old + ")")
                    .bind("cutoff", cutoff.toEpochMilli())
                    .execute();
            return h.createUpdate("DELETE FROM webhook_messages WHERE status <> 'pending' AND created_at < :cutoff")
                    .bind("cutoff", cutoff.toEpochMilli())
                    .execute();
        });
    }
}
