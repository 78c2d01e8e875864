package dev.framewright.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.CreateWebhookEndpointRequest;
import dev.framewright.contract.DeliveryStatus;
import dev.framewright.contract.FileWebhookPayload;
import dev.framewright.contract.ToolExecutionWebhookPayload;
import dev.framewright.contract.WebhookDelivery;
import dev.framewright.contract.WebhookDeliveryList;
import dev.framewright.contract.WebhookEndpoint;
import dev.framewright.contract.WebhookEndpointList;
import dev.framewright.contract.WebhookPayload;
import dev.framewright.sdk.WebhookVerificationException.Reason;
import dev.framewright.sdk.internal.Call;
import dev.framewright.sdk.internal.Json;
import dev.framewright.sdk.internal.Transport;
import dev.framewright.sdk.internal.WebhookSignatures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Webhook endpoints (API.md §5), their deliveries [ext], and verification of the requests the server
 * sends to them (§9.3). Get it from {@link VideoGenClient#webhooks()}; thread-safe.
 */
public final class WebhooksClient {
    private final Transport transport;

    WebhooksClient(Transport transport) {
        this.transport = transport;
    }

    /** {@code GET /v1/webhooks/endpoints}: the team's endpoints, newest first; secrets are {@code null}. */
    public WebhookEndpointList listEndpoints() throws IOException {
        return listEndpoints(ListParams.ALL);
    }

    /** {@code GET /v1/webhooks/endpoints} with paging [ext]. */
    public WebhookEndpointList listEndpoints(ListParams params) throws IOException {
        Call call = Call.get("/v1/webhooks/endpoints")
                .query("limit", params.limit())
                .query("cursor", params.cursor());
        return transport.call(call, WebhookEndpointList.class);
    }

    /**
     * {@code POST /v1/webhooks/endpoints}: registers a receiver (201). The response is the only place,
     * with {@link #rotateSecret(String)}, that shows the {@code signingSecret}: keep it. Not retried
     * after a transport failure (that could register the endpoint twice); 429 and 5xx are retried.
     *
     * @throws InvalidRequestException when the URL or an event name is refused (the message says why)
     */
    public WebhookEndpoint createEndpoint(CreateWebhookEndpointRequest request) throws IOException {
        return transport.call(
                Call.post("/v1/webhooks/endpoints", Objects.requireNonNull(request, "request")), WebhookEndpoint.class);
    }

    /**
     * {@code DELETE /v1/webhooks/endpoints/{id}} (204): delivery stops at once.
     *
     * @throws NotFoundException when it does not exist, or was deleted already
     */
    public void deleteEndpoint(String endpointId) throws IOException {
        transport.call(Call.delete(endpointPath(endpointId)), Void.class);
    }

    /** {@code GET /v1/webhooks/endpoints/{id}/deliveries} [ext]: every retained delivery, newest first. */
    public WebhookDeliveryList listDeliveries(String endpointId) throws IOException {
        return listDeliveries(endpointId, null, ListParams.ALL);
    }

    /**
     * {@code GET /v1/webhooks/endpoints/{id}/deliveries} [ext].
     *
     * @param status only deliveries in this status, or {@code null} for all
     */
    public WebhookDeliveryList listDeliveries(String endpointId, DeliveryStatus status, ListParams params)
            throws IOException {
        Call call = Call.get(endpointPath(endpointId) + "/deliveries")
                .query("status", status == null ? null : status.wire())
                .query("limit", params.limit())
                .query("cursor", params.cursor());
        return transport.call(call, WebhookDeliveryList.class);
    }

    /**
     * {@code POST …/{id}/deliveries/{deliveryId}/replay} [ext] (202): one immediate extra attempt with
     * the same {@code webhook-id} and body, freshly signed.
     */
    public WebhookDelivery replayDelivery(String endpointId, String deliveryId) throws IOException {
        String path = endpointPath(endpointId) + "/deliveries/"
                + Call.encode(Objects.requireNonNull(deliveryId, "deliveryId")) + "/replay";
        return transport.call(Call.postEmpty(path, false), WebhookDelivery.class);
    }

    /**
     * {@code POST …/{id}/rotate-secret} [ext]: a new signing secret, shown only in this response; the
     * old one keeps signing beside it for 24 h. Not retried after a transport failure (a second
     * rotation would drop the old secret).
     */
    public WebhookEndpoint rotateSecret(String endpointId) throws IOException {
        return transport.call(
                Call.postEmpty(endpointPath(endpointId) + "/rotate-secret", false), WebhookEndpoint.class);
    }

    /**
     * Verifies a webhook request the server sent to your endpoint and returns its typed payload
     * (API.md §9.3): a {@code v1,} signature in {@code webhook-signature} must match the HMAC-SHA256
     * of {@code webhook-id.webhook-timestamp.body} under the secret, and {@code webhook-timestamp}
     * must be within 5 minutes of the client's clock. Deduplicate by {@code webhook-id}: delivery is
     * at least once.
     *
     * @param rawBody the request body exactly as received (not re-serialized JSON)
     * @param headers the request headers; names are matched case-insensitively
     * @param secret the endpoint's {@code whsec_…} signing secret
     * @return a {@link ToolExecutionWebhookPayload} for {@code tool_execution.*} events, else a
     *     {@link FileWebhookPayload}
     * @throws WebhookVerificationException when a header is missing, the timestamp is out of
     *     tolerance, no signature matches, or the body is not a payload
     */
    public WebhookPayload verifyWebhookSignature(String rawBody, Map<String, List<String>> headers, String secret) {
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(headers, "headers");
        return verifyWebhookSignature(
                rawBody,
                header(headers, "webhook-id"),
                header(headers, "webhook-timestamp"),
                header(headers, "webhook-signature"),
                secret);
    }

    /** Like {@link #verifyWebhookSignature(String, Map, String)}, for a body held as UTF-8 bytes. */
    public WebhookPayload verifyWebhookSignature(byte[] rawBody, Map<String, List<String>> headers, String secret) {
        return verifyWebhookSignature(
                new String(Objects.requireNonNull(rawBody, "rawBody"), StandardCharsets.UTF_8), headers, secret);
    }

    /**
     * Like {@link #verifyWebhookSignature(String, Map, String)}, with the three header values given
     * one by one (e.g. from a servlet request's {@code getHeader}).
     */
    public WebhookPayload verifyWebhookSignature(
            String rawBody, String webhookId, String webhookTimestamp, String webhookSignature, String secret) {
        WebhookSignatures.verify(
                rawBody,
                webhookId,
                webhookTimestamp,
                webhookSignature,
                secret,
                transport.settings().clock());
        return parsePayload(rawBody);
    }

    static WebhookPayload parsePayload(String body) {
        try {
            JsonNode tree = Json.tree(body.getBytes(StandardCharsets.UTF_8));
            if (tree == null || !tree.isObject() || !tree.path("event").isTextual()) {
                throw new WebhookVerificationException(Reason.INVALID_PAYLOAD, "the body has no event name");
            }
            Class<? extends WebhookPayload> type = tree.path("event").asText().startsWith("tool_execution.")
                    ? ToolExecutionWebhookPayload.class
                    : FileWebhookPayload.class;
            return Json.convert(tree, type);
        } catch (IOException e) {
            throw new WebhookVerificationException(
                    Reason.INVALID_PAYLOAD, "the body is not a webhook payload: " + e.getMessage());
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null
                    && e.getKey().equalsIgnoreCase(name)
                    && e.getValue() != null
                    && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    private static String endpointPath(String endpointId) {
        return "/v1/webhooks/endpoints/" + Call.encode(Objects.requireNonNull(endpointId, "endpointId"));
    }
}
