package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * [ext] One webhook message to one endpoint, with its attempts (API.md §5.4, §7.7).
 *
 * <p>{@code webhookId} is the {@code webhook-id} header value ({@code msg_…}); {@code payload} is
 * the JSON body as sent. {@code nextAttemptAt} is set while a retry is scheduled; every other field
 * is always set.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookDelivery(
        String deliveryId,
        String webhookId,
        WebhookEventName event,
        Long createdAt,
        Map<String, Object> payload,
        List<DeliveryAttempt> attempts,
        DeliveryStatus status,
        Long nextAttemptAt) {}
