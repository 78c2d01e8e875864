package dev.framewright.contract;

/**
 * The JSON body of a webhook message (API.md §9.2): every payload has {@code event} and {@code
 * occurredAt} (the event time, Unix seconds).
 */
public sealed interface WebhookPayload permits ToolExecutionWebhookPayload, FileWebhookPayload {

    /** The event this message reports. */
    WebhookEventName event();

    /** When the event happened, Unix seconds (not the attempt time). */
    Long occurredAt();
}
