package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** [ext] {@code GET /v1/webhooks/endpoints/{id}/deliveries}, newest first (API.md §5.4, §1.9). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookDeliveryList(List<WebhookDelivery> deliveries, boolean hasMore, String nextCursor) {}
