package dev.framewright.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.framewright.contract.DeliveryAttempt;
import dev.framewright.contract.DeliveryStatus;
import dev.framewright.contract.WebhookDelivery;
import dev.framewright.contract.WebhookEndpoint;
import dev.framewright.core.webhooks.Delivery;
import dev.framewright.core.webhooks.LoggedDelivery;
import dev.framewright.core.webhooks.WebhookEndpointRecord;
import dev.framewright.server.http.Json;
import dev.framewright.server.webhooks.PayloadRenderer;
import java.util.Map;

/** Webhook endpoints and deliveries in their wire shapes (API.md §7.6, §7.7). */
public final class WebhookViews {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final PayloadRenderer bodies;

    /** @param bodies gives a delivery's body, freezing it if it was never sent yet */
    public WebhookViews(PayloadRenderer bodies) {
        this.bodies = bodies;
    }

    /** @param secret the signing secret in clear (create and rotate only), else null */
    WebhookEndpoint endpoint(WebhookEndpointRecord e, String secret) {
        return new WebhookEndpoint(
                e.id(),
                e.url(),
                e.events(),
                e.description(),
                Views.seconds(e.createdAt()),
                secret,
                e.secretLast4(),
                e.status(),
                e.disabledReason());
    }

    WebhookDelivery delivery(LoggedDelivery logged) {
        Delivery d = logged.delivery();
        boolean scheduled = d.status() == DeliveryStatus.PENDING && d.nextAttemptAt() != null;
        return new WebhookDelivery(
                d.id(),
                d.webhookId(),
                d.event(),
                Views.seconds(d.createdAt()),
                payload(bodies.body(d)),
                logged.attempts().stream()
                        .map(a -> new DeliveryAttempt(
                                Views.seconds(a.attemptedAt()), a.responseStatus(), a.durationMs(), a.error()))
                        .toList(),
                d.status(),
                scheduled ? Views.seconds(d.nextAttemptAt()) : null);
    }

    private static Map<String, Object> payload(String body) {
        try {
            return Json.MAPPER.readValue(body, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored webhook body is not JSON", e);
        }
    }
}
