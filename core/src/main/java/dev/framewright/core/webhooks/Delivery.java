package dev.framewright.core.webhooks;

import dev.framewright.contract.DeliveryStatus;
import dev.framewright.contract.WebhookEventName;
import java.time.Instant;

/**
 * One webhook message to one endpoint: an outbox row and its delivery state (API.md §7.7).
 *
 * @param id the delivery id ({@code vg_dlv_…})
 * @param webhookId the {@code webhook-id} header value ({@code msg_…}), the same on every attempt
 * @param subjectId the execution or file the event is about
 * @param body the JSON body, rendered once at the first attempt; null until then
 * @param attempts scheduled attempts made so far (replays are extra and not counted)
 * @param nextAttemptAt when the schedule's next attempt is due; null when none is scheduled
 * @param replayRequested an extra, immediate attempt was asked for (API.md §5.4)
 * @param leaseOwner the dispatcher holding this message now, or null
 */
public record Delivery(
        String id,
        String webhookId,
        String endpointId,
        String teamId,
        WebhookEventName event,
        String subjectId,
        Instant occurredAt,
        String errorCode,
        String errorMessage,
        String body,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        boolean replayRequested,
        String leaseOwner,
        Instant createdAt) {

    public Delivery withBody(String rendered) {
        return new Delivery(
                id,
                webhookId,
                endpointId,
                teamId,
                event,
                subjectId,
                occurredAt,
                errorCode,
                errorMessage,
                rendered,
                status,
                attempts,
                nextAttemptAt,
                replayRequested,
                leaseOwner,
                createdAt);
    }
}
