package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Body of a {@code tool_execution.*} webhook (API.md §9.2). {@code results} (with hydrated files) is
 * set only on {@code succeeded}, {@code error} only on {@code failed}; otherwise both are {@code
 * null}. There is deliberately no {@code status} field. {@code occurredAt} is Unix seconds.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ToolExecutionWebhookPayload(
        WebhookEventName event,
        String toolExecutionId,
        ToolType toolType,
        Long occurredAt,
        List<ToolSuccessResult> results,
        ApiError error)
        implements WebhookPayload {}
