package dev.framewright.core.webhooks;

import dev.framewright.contract.WebhookEndpointStatus;
import dev.framewright.contract.WebhookEventName;
import java.time.Instant;
import java.util.List;

/**
 * A stored webhook endpoint (API.md §7.6). Secrets are kept sealed by {@link SecretBox}; only
 * {@code secretLast4} is readable.
 *
 * @param events the subscribed events, without duplicates, in the order first given
 * @param sealedPreviousSecret the secret before the last rotation, or null
 * @param previousSecretUntil until when the previous secret still signs (API.md §5.4), or null
 */
public record WebhookEndpointRecord(
        String id,
        String teamId,
        String url,
        List<WebhookEventName> events,
        String description,
        WebhookEndpointStatus status,
        String disabledReason,
        String sealedSecret,
        String secretLast4,
        String sealedPreviousSecret,
        Instant previousSecretUntil,
        Instant createdAt) {

    public WebhookEndpointRecord {
        events = List.copyOf(events);
    }

    public boolean active() {
        return status == WebhookEndpointStatus.ACTIVE;
    }

    /** Whether the previous secret still signs at {@code now}. */
    public boolean previousSecretValidAt(Instant now) {
        return sealedPreviousSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(now);
    }
}
