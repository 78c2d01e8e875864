package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code GET /v1/webhooks/endpoints}, newest first (API.md §5.1, §1.9). Each entry has {@code
 * signingSecret: null}. {@code hasMore} and {@code nextCursor} are [ext].
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookEndpointList(List<WebhookEndpoint> endpoints, boolean hasMore, String nextCursor) {}
