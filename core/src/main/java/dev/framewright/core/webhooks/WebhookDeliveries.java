package dev.framewright.core.webhooks;

import dev.framewright.contract.DeliveryStatus;
import dev.framewright.contract.IdPrefix;
import dev.framewright.core.ApiException;
import dev.framewright.core.Ids;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.auth.Principal;

/** The delivery log and replay of the caller's endpoints (API.md §5.4). Thread-safe. */
public final class WebhookDeliveries {
    private final WebhookEndpoints endpoints;
    private final DeliveryLog log;
    private final Runnable replayed;

    /** @param replayed told after a replay was queued (wakes the dispatcher); fast, never throws */
    public WebhookDeliveries(WebhookEndpoints endpoints, DeliveryLog log, Runnable replayed) {
        this.endpoints = endpoints;
        this.log = log;
        this.replayed = replayed;
    }

    /** The {@code status} query parameter: null or one of the delivery statuses. */
    public static DeliveryStatus statusFilter(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return DeliveryStatus.fromWire(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status must be one of pending, succeeded, failed");
        }
    }

    /** @param e an endpoint of the caller's, from {@link WebhookEndpoints#get} */
    public Page<LoggedDelivery> list(WebhookEndpointRecord e, DeliveryStatus status, Paging paging) {
        return paging.page(
                log.list(e.id(), status, paging.after(), paging.limit() + 1),
                d -> d.delivery().createdAt().toEpochMilli(),
                d -> d.delivery().id());
    }

    /** One immediate extra attempt; 400 on a disabled endpoint (API.md §5.4). */
    public LoggedDelivery replay(Principal caller, String endpointId, String deliveryId) {
        Ids.requirePathId(endpointId, IdPrefix.WEBHOOK_ENDPOINT, "endpointId");
        Ids.requirePathId(deliveryId, IdPrefix.DELIVERY, "deliveryId");
        WebhookEndpointRecord e = endpoints.get(caller, endpointId);
        if (log.find(e.id(), deliveryId).isEmpty()) {
            throw ApiException.notFound("Webhook delivery");
        }
        if (!e.active()) {
            throw ApiException.invalid("The webhook endpoint is disabled; delete it and create it again to resume");
        }
        LoggedDelivery d =
                log.requestReplay(e.id(), deliveryId).orElseThrow(() -> ApiException.notFound("Webhook delivery"));
        replayed.run();
        return d;
    }
}
