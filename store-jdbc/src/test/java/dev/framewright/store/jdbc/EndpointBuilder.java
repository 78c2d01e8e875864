package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.T0;

import dev.framewright.contract.IdPrefix;
import dev.framewright.contract.WebhookEndpointStatus;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.core.webhooks.WebhookEndpointRecord;
import java.time.Instant;
import java.util.List;

/** Builds {@link WebhookEndpointRecord}s for the store suites; secrets are opaque strings here. */
final class EndpointBuilder {
    private final String id = Fixtures.nextId(IdPrefix.WEBHOOK_ENDPOINT);
    private final String teamId;
    private List<WebhookEventName> events = List.of(WebhookEventName.values());
    private WebhookEndpointStatus status = WebhookEndpointStatus.ACTIVE;
    private Instant createdAt = T0;

    EndpointBuilder(String teamId) {
        this.teamId = teamId;
    }

    EndpointBuilder events(WebhookEventName... e) {
        events = List.of(e);
        return this;
    }

    EndpointBuilder disabled() {
        status = WebhookEndpointStatus.DISABLED;
        return this;
    }

    EndpointBuilder createdAt(Instant at) {
        createdAt = at;
        return this;
    }

    WebhookEndpointRecord build() {
        return new WebhookEndpointRecord(
                id,
                teamId,
                "https://hooks.example.com/" + id + "?q=ä",
                events,
                "receiver – ünïcødé",
                status,
                status == WebhookEndpointStatus.DISABLED ? "receiver answered 410 Gone" : null,
                "v1.sealed-" + id,
                "ab/=",
                null,
                null,
                createdAt);
    }
}
