package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Body of {@code POST /v1/webhooks/endpoints} (API.md §5.2). {@code url} (absolute https, ≤2048
 * chars) and {@code events} (≥1; duplicates collapse) are required; {@code description} ≤1000 chars.
 * An unknown event name fails deserialization, which the server answers with 400.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateWebhookEndpointRequest(String url, List<WebhookEventName> events, String description) {}
