package dev.framewright.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.IdPrefix;
import dev.framewright.contract.WebhookEndpointList;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.core.ApiException;
import dev.framewright.core.Ids;
import dev.framewright.core.executions.InputReader;
import dev.framewright.server.http.Json;
import dev.framewright.server.http.RouteTable;
import io.javalin.http.Context;
import java.net.URI;
import java.util.List;

/**
 * Webhook endpoints (API.md §5). Delivery is not built yet, so no endpoint can be created (503 after
 * full validation) and every endpoint id is therefore unknown (404): the list is honestly empty.
 */
public final class WebhookRoutes {
    private final long maxJsonBytes;
    private final boolean allowHttp;

    public WebhookRoutes(long maxJsonBytes, boolean allowHttp) {
        this.maxJsonBytes = maxJsonBytes;
        this.allowHttp = allowHttp;
    }

    public void register(RouteTable t) {
        var key = RouteTable.Access.API_KEY;
        String one = "/v1/webhooks/endpoints/{endpointId}";
        t.get(
                "/v1/webhooks/endpoints",
                key,
                "webhooks-list",
                ctx -> Json.write(ctx, 200, new WebhookEndpointList(List.of(), false, null)));
        t.post("/v1/webhooks/endpoints", key, "webhooks-create", this::create);
        t.delete(one, key, "webhooks-delete", ctx -> unknownEndpoint(ctx.pathParam("endpointId")));
        t.get(one + "/deliveries", key, "webhooks-list", ctx -> unknownEndpoint(ctx.pathParam("endpointId")));
        t.post(one + "/deliveries/{deliveryId}/replay", key, "webhooks-manage", ctx -> {
            Ids.requirePathId(ctx.pathParam("endpointId"), IdPrefix.WEBHOOK_ENDPOINT, "endpointId");
            Ids.requirePathId(ctx.pathParam("deliveryId"), IdPrefix.DELIVERY, "deliveryId");
            throw ApiException.notFound("Webhook endpoint");
        });
        t.post(one + "/rotate-secret", key, "webhooks-manage", ctx -> unknownEndpoint(ctx.pathParam("endpointId")));
    }

    private static void unknownEndpoint(String id) {
        Ids.requirePathId(id, IdPrefix.WEBHOOK_ENDPOINT, "endpointId");
        throw ApiException.notFound("Webhook endpoint");
    }

    private void create(Context ctx) {
        ObjectNode body = Json.body(ctx, maxJsonBytes);
        InputReader in = new InputReader(body);
        String url = in.string("url", true, 2048);
        checkUrl(url);
        JsonNode events = body.get("events");
        if (events == null || events.isNull()) {
            throw ApiException.invalid("events is required");
        }
        if (!events.isArray() || events.isEmpty()) {
            throw ApiException.invalid("events must be a non-empty array of event names");
        }
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            try {
                WebhookEventName.fromWire(e.isTextual() ? e.textValue() : "");
            } catch (IllegalArgumentException ex) {
                throw ApiException.invalid("events[" + i + "] is not a known event name");
            }
        }
        in.string("description", false, 1000);
        throw ApiException.engineUnavailable("Webhook delivery is not available on this server yet");
    }

    private void checkUrl(String url) {
        URI u;
        try {
            u = new URI(url);
        } catch (Exception e) {
            throw ApiException.invalid("url is not a valid absolute URL");
        }
        if (!u.isAbsolute() || u.getHost() == null) {
            throw ApiException.invalid("url is not a valid absolute URL");
        }
        if (u.getUserInfo() != null || u.getFragment() != null) {
            throw ApiException.invalid("url must not contain user info or a fragment");
        }
        String scheme = u.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw ApiException.invalid("url must use https");
        }
    }
}
