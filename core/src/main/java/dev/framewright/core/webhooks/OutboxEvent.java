package dev.framewright.core.webhooks;

import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.WebhookEventName;

/**
 * A webhook event that a store write records in its own transaction (the transactional outbox): one
 * message per subscribed active endpoint of the subject's team. Only the facts are kept; the body is
 * rendered when it is first sent.
 *
 * @param errorCode set for {@code file.upload.failed} and {@code file.analysis_failed}, else null
 */
public record OutboxEvent(WebhookEventName event, String errorCode, String errorMessage) {
    public OutboxEvent {
        if (event == null) {
            throw new IllegalArgumentException("event is required");
        }
        if ((errorCode == null) != (errorMessage == null)) {
            throw new IllegalArgumentException("errorCode and errorMessage go together");
        }
    }

    public static OutboxEvent of(WebhookEventName event) {
        return new OutboxEvent(event, null, null);
    }

    public static OutboxEvent failed(WebhookEventName event, ErrorCode code, String message) {
        return new OutboxEvent(event, code.wire(), message);
    }
}
