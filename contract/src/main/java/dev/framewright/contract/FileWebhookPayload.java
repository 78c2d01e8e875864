package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of a {@code file.*} webhook (API.md §9.2). {@code file} is the hydrated file at event time;
 * {@code error} is set only on {@code file.upload.failed} and {@code file.analysis_failed}. {@code
 * occurredAt} is Unix seconds.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileWebhookPayload(
        WebhookEventName event, String fileId, Long occurredAt, StorageFile file, ApiError error)
        implements WebhookPayload {}
