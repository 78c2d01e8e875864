package dev.framewright.core.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.IdPrefix;
import dev.framewright.contract.WebhookEndpointStatus;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.core.ApiException;
import dev.framewright.core.Ids;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.executions.InputReader;
import dev.framewright.core.outbound.DestinationNotAllowedException;
import dev.framewright.core.outbound.OutboundGuard;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Team-facing webhook endpoint operations (API.md §5.1–§5.4). Thread-safe. */
public final class WebhookEndpoints {
    private final WebhookEndpointStore store;
    private final OutboundGuard guard;
    private final SecretBox box;
    private final boolean allowHttp;
    private final Duration rotationOverlap;
    private final Clock clock;

    /**
     * @param allowHttp whether {@code http} URLs are accepted (development)
     * @param rotationOverlap how long a rotated-out secret keeps signing
     */
    public WebhookEndpoints(
            WebhookEndpointStore store,
            OutboundGuard guard,
            SecretBox box,
            boolean allowHttp,
            Duration rotationOverlap,
            Clock clock) {
        this.store = store;
        this.guard = guard;
        this.box = box;
        this.allowHttp = allowHttp;
        this.rotationOverlap = rotationOverlap;
        this.clock = clock;
    }

    /** API.md §5.2: validates, checks the destination (resolving its host) and stores a new endpoint. */
    public CreatedEndpoint create(Principal caller, ObjectNode body) {
        InputReader in = new InputReader(body);
        String raw = in.string("url", true, 2048);
        URI url = WebhookUrl.parse(raw, allowHttp);
        List<WebhookEventName> events = events(body.get("events"));
        String description = in.string("description", false, 1000);
        try {
            guard.check(url);
        } catch (DestinationNotAllowedException e) {
            throw ApiException.invalid("url: " + e.getMessage());
        }
        String id = Ids.newId(IdPrefix.WEBHOOK_ENDPOINT);
        String secret = SigningSecrets.generate();
        WebhookEndpointRecord e = new WebhookEndpointRecord(
                id,
                caller.teamId(),
                raw,
                events,
                description,
                WebhookEndpointStatus.ACTIVE,
                null,
                box.seal(secret, id),
                SigningSecrets.last4(secret),
                null,
                null,
                clock.instant());
        store.insert(e);
        return new CreatedEndpoint(e, secret);
    }

    private static List<WebhookEventName> events(JsonNode events) {
        if (events == null || events.isNull()) {
            throw ApiException.invalid("events is required");
        }
        if (!events.isArray() || events.isEmpty()) {
            throw ApiException.invalid("events must be a non-empty array of event names");
        }
        Set<WebhookEventName> out = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            try {
                out.add(WebhookEventName.fromWire(e.isTextual() ? e.textValue() : ""));
            } catch (IllegalArgumentException ex) {
                throw ApiException.invalid("events[" + i + "] is not a known event name");
            }
        }
        return new ArrayList<>(out);
    }

    public Page<WebhookEndpointRecord> list(Principal caller, Paging paging) {
        return paging.page(
                store.list(caller.teamId(), paging.after(), paging.limit() + 1),
                e -> e.createdAt().toEpochMilli(),
                WebhookEndpointRecord::id);
    }

    /** The caller's endpoint: 400 {@code invalid_id} when malformed, 404 when unknown or foreign. */
    public WebhookEndpointRecord get(Principal caller, String endpointId) {
        Ids.requirePathId(endpointId, IdPrefix.WEBHOOK_ENDPOINT, "endpointId");
        return store.find(caller.teamId(), endpointId).orElseThrow(() -> ApiException.notFound("Webhook endpoint"));
    }

    /** API.md §5.3: deliveries stop at once and pending ones are dropped. */
    public void delete(Principal caller, String endpointId) {
        Ids.requirePathId(endpointId, IdPrefix.WEBHOOK_ENDPOINT, "endpointId");
        if (!store.delete(caller.teamId(), endpointId)) {
            throw ApiException.notFound("Webhook endpoint");
        }
    }

    /** API.md §5.4: a new secret; the old one keeps signing for the overlap, an older one is dropped. */
    public CreatedEndpoint rotateSecret(Principal caller, String endpointId) {
        Ids.requirePathId(endpointId, IdPrefix.WEBHOOK_ENDPOINT, "endpointId");
        String secret = SigningSecrets.generate();
        Instant until = clock.instant().plus(rotationOverlap);
        WebhookEndpointRecord e = store.rotateSecret(
                        caller.teamId(), endpointId, box.seal(secret, endpointId), SigningSecrets.last4(secret), until)
                .orElseThrow(() -> ApiException.notFound("Webhook endpoint"));
        return new CreatedEndpoint(e, secret);
    }
}
