package dev.framewright.server.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.framewright.contract.ApiError;
import dev.framewright.contract.ExecutedTool;
import dev.framewright.contract.FileWebhookPayload;
import dev.framewright.contract.ToolExecutionWebhookPayload;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.contract.WebhookPayload;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionStore;
import dev.framewright.core.files.FileRecord;
import dev.framewright.core.files.FileStore;
import dev.framewright.core.webhooks.Delivery;
import dev.framewright.core.webhooks.DeliveryQueue;
import dev.framewright.server.api.Views;
import dev.framewright.server.http.Json;

/**
 * Renders a message's JSON body (API.md §9.2) from the facts in the outbox, with freshly signed URLs
 * in its hydrated files, and freezes it: the first rendering is stored and every attempt and replay
 * sends those exact bytes, so {@code webhook-id} and body never change. The price is that signed URLs
 * inside a body carry the TTL from its first rendering (normally the first attempt, right after the
 * event); a receiver that comes back later hydrates the file for fresh ones. Thread-safe.
 */
public final class PayloadRenderer {
    private final ExecutionStore executions;
    private final FileStore files;
    private final Views views;
    private final DeliveryQueue queue;

    public PayloadRenderer(ExecutionStore executions, FileStore files, Views views, DeliveryQueue queue) {
        this.executions = executions;
        this.files = files;
        this.views = views;
        this.queue = queue;
    }

    /** The message's body: the stored one, or a new rendering stored now (the first one wins). */
    public String body(Delivery d) {
        if (d.body() != null) {
            return d.body();
        }
        String rendered = render(d);
        return queue.bodyOnce(d.id(), rendered).orElse(rendered);
    }

    String render(Delivery d) {
        WebhookPayload payload = d.event().wire().startsWith("tool_execution.") ? tool(d) : file(d);
        try {
            return Json.MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payload not serialisable", e);
        }
    }

    private WebhookPayload tool(Delivery d) {
        ExecutionRecord e = executions
                .findById(d.subjectId())
                .orElseThrow(() -> new IllegalStateException("execution of a webhook missing: " + d.subjectId()));
        ExecutedTool t = views.execution(e, true);
        return new ToolExecutionWebhookPayload(
                d.event(),
                e.id(),
                e.toolType(),
                d.occurredAt().getEpochSecond(),
                d.event() == WebhookEventName.TOOL_EXECUTION_SUCCEEDED ? t.results() : null,
                d.event() == WebhookEventName.TOOL_EXECUTION_FAILED ? t.error() : null);
    }

    private WebhookPayload file(Delivery d) {
        FileRecord f = files.findById(d.subjectId())
                .orElseThrow(() -> new IllegalStateException("file of a webhook missing: " + d.subjectId()));
        ApiError error = d.errorCode() == null ? null : new ApiError(d.errorMessage(), d.errorCode(), null, null);
        return new FileWebhookPayload(d.event(), f.id(), d.occurredAt().getEpochSecond(), views.file(f), error);
    }
}
