package dev.framewright.store.jdbc;

import dev.framewright.contract.DeliveryStatus;
import dev.framewright.core.Cursor;
import dev.framewright.core.webhooks.AttemptRecord;
import dev.framewright.core.webhooks.Delivery;
import dev.framewright.core.webhooks.DeliveryLog;
import dev.framewright.core.webhooks.LoggedDelivery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

final class JdbiDeliveryLog implements DeliveryLog {
    private final Jdbi jdbi;

    JdbiDeliveryLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<LoggedDelivery> list(String endpointId, DeliveryStatus status, Cursor after, int max) {
        StringBuilder where = new StringBuilder(" WHERE endpoint_id = :ep");
        if (status != null) {
            where.append(" AND status = :status");
        }
        if (after != null) {
            where.append(" AND (created_at < :k OR (created_at = :k AND id < :kid))");
        }
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT * FROM webhook_messages" + where + " ORDER BY created_at DESC, id DESC "
                            + "LIMIT :max")
                    .bind("ep", endpointId)
                    .bind("max", max);
            if (status != null) {
                q.bind("status", status.wire());
            }
            if (after != null) {
                q.bind("k", after.sortKey()).bind("kid", after.id());
            }
            return withAttempts(h, q.map(WebhookRows::delivery).list());
        });
    }

    @Override
    public Optional<LoggedDelivery> find(String endpointId, String deliveryId) {
        return jdbi.withHandle(h -> find(h, endpointId, deliveryId));
    }

    @Override
    public Optional<LoggedDelivery> requestReplay(String endpointId, String deliveryId) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE webhook_messages SET status = 'pending', replay_requested = 1 "
                            + "WHERE id = :id AND endpoint_id = :ep")
                    .bind("id", deliveryId)
                    .bind("ep", endpointId)
                    .execute();
            return find(h, endpointId, deliveryId);
        });
    }

    private static Optional<LoggedDelivery> find(Handle h, String endpointId, String deliveryId) {
        List<Delivery> one = h.createQuery("SELECT * FROM webhook_messages WHERE id = :id AND endpoint_id = :ep")
                .bind("id", deliveryId)
                .bind("ep", endpointId)
                .map(WebhookRows::delivery)
                .list();
        return withAttempts(h, one).stream().findFirst();
    }

    private static List<LoggedDelivery> withAttempts(Handle h, List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        Map<String, List<AttemptRecord>> attempts = new HashMap<>();
        h.createQuery("SELECT * FROM webhook_attempts WHERE message_id IN (<ids>) ORDER BY message_id, n")
                .bindList("ids", deliveries.stream().map(Delivery::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getString("message_id"), WebhookRows.attempt(rs, ctx)))
                .forEach(e -> attempts.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return deliveries.stream()
                .map(d -> new LoggedDelivery(d, attempts.getOrDefault(d.id(), List.of())))
                .toList();
    }
}
