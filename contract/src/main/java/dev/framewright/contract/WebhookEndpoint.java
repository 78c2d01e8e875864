package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A registered webhook receiver (API.md §7.6).
 *
 * <p>{@code signingSecret} ({@code whsec_…}) is set only in the create and rotate-secret responses;
 * lists show {@code null} and {@code signingSecretLast4}, which is always set. {@code url} is exactly
 * as registered; {@code createdAt} is Unix seconds. [ext] {@code status} is always set; {@code
 * disabledReason} says why it is {@code disabled}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookEndpoint(
        String endpointId,
        String url,
        List<WebhookEventName> events,
        String description,
        Long createdAt,
        String signingSecret,
        String signingSecretLast4,
        WebhookEndpointStatus status,
        String disabledReason) {

    /** This endpoint as lists show it: the same, with {@code signingSecret} {@code null}. */
    public WebhookEndpoint withoutSecret() {
        return new WebhookEndpoint(
                endpointId, url, events, description, createdAt, null, signingSecretLast4, status, disabledReason);
    }
}
