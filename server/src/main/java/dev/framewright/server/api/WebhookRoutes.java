package dev.framewright.server.api;

import dev.framewright.contract.DeliveryStatus;
import dev.framewright.contract.WebhookDeliveryList;
import dev.framewright.contract.WebhookEndpointList;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.webhooks.CreatedEndpoint;
import dev.framewright.core.webhooks.LoggedDelivery;
import dev.framewright.core.webhooks.WebhookDeliveries;
import dev.framewright.core.webhooks.WebhookEndpointRecord;
import dev.framewright.core.webhooks.WebhookEndpoints;
import dev.framewright.server.http.Http;
import dev.framewright.server.http.Json;
import dev.framewright.server.http.RouteTable;
import io.javalin.http.Context;

/** Webhook endpoints, their delivery log, replay and secret rotation (API.md §5). */
public final class WebhookRoutes {
    private static final String ONE = "/v1/webhooks/endpoints/{endpointId}";

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookViews views;
    private final long maxJsonBytes;

    public WebhookRoutes(
            WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookViews views, long maxJsonBytes) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.views = views;
        this.maxJsonBytes = maxJsonBytes;
    }

    public void register(RouteTable t) {
        var key = RouteTable.Access.API_KEY;
        t.get("/v1/webhooks/endpoints", key, "webhooks-list", this::list);
        t.post("/v1/webhooks/endpoints", key, "webhooks-create", this::create);
        t.delete(ONE, key, "webhooks-delete", this::delete);
        t.get(ONE + "/deliveries", key, "webhooks-list", this::deliveries);
        t.post(ONE + "/deliveries/{deliveryId}/replay", key, "webhooks-manage", this::replay);
        t.post(ONE + "/rotate-secret", key, "webhooks-manage", this::rotate);
    }

    private void list(Context ctx) {
        Paging paging = Http.paging(ctx, "webhook-endpoints", "");
        Page<WebhookEndpointRecord> page = endpoints.list(Http.principal(ctx), paging);
        Json.write(
                ctx,
                200,
                new WebhookEndpointList(
                        page.items().stream().map(e -> views.endpoint(e, null)).toList(),
                        page.hasMore(),
                        page.nextCursor()));
    }

    private void create(Context ctx) {
        CreatedEndpoint created = endpoints.create(Http.principal(ctx), Json.body(ctx, maxJsonBytes));
        Json.write(ctx, 201, views.endpoint(created.endpoint(), created.secret()));
    }

    private void delete(Context ctx) {
        endpoints.delete(Http.principal(ctx), ctx.pathParam("endpointId"));
        ctx.status(204);
    }

    private void deliveries(Context ctx) {
        // the path resource (404) is checked before the query (400), as API.md §1.5 orders them
        WebhookEndpointRecord endpoint = endpoints.get(Http.principal(ctx), ctx.pathParam("endpointId"));
        DeliveryStatus status = WebhookDeliveries.statusFilter(ctx.queryParam("status"));
        String filters = status == null ? "" : "status=" + status.wire();
        Paging paging = Http.paging(ctx, "webhook-deliveries", filters);
        Page<LoggedDelivery> page = deliveries.list(endpoint, status, paging);
        Json.write(
                ctx,
                200,
                new WebhookDeliveryList(
                        page.items().stream().map(views::delivery).toList(), page.hasMore(), page.nextCursor()));
    }

    private void replay(Context ctx) {
        LoggedDelivery d =
                deliveries.replay(Http.principal(ctx), ctx.pathParam("endpointId"), ctx.pathParam("deliveryId"));
        Json.write(ctx, 202, views.delivery(d));
    }

    private void rotate(Context ctx) {
        CreatedEndpoint rotated = endpoints.rotateSecret(Http.principal(ctx), ctx.pathParam("endpointId"));
        Json.write(ctx, 200, views.endpoint(rotated.endpoint(), rotated.secret()));
    }
}
