package dev.framewright.core.webhooks;

import dev.framewright.contract.DeliveryStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides a message's next state from one attempt (API.md §9.4, §5.4): the one place that knows what
 * counts as success, when a message fails for good and when it is tried again.
 */
public final class DeliveryRules {
    private DeliveryRules() {}

    /** Any 2xx with no transport error. */
    public static boolean succeeded(AttemptRecord a) {
        return a.error() == null && a.responseStatus() != null && a.responseStatus() / 100 == 2;
    }

    /** 410 Gone: the endpoint is disabled and nothing more is sent. */
    public static boolean gone(AttemptRecord a) {
        return a.responseStatus() != null && a.responseStatus() == 410;
    }

    /**
     * The state after an attempt of the claimed delivery {@code d}. A replay is an extra attempt: it
     * does not count against the schedule, and when it fails the delivery goes back to what it was
     * (pending with its schedule, or failed).
     *
     * @param retryAfter the receiver's {@code Retry-After} on 429/503, or null
     * @param jitter uniform in [-1, 1]
     */
    public static Settlement after(
            Delivery d, AttemptRecord a, Duration retryAfter, RetrySchedule schedule, Instant now, double jitter) {
        boolean replay = d.replayRequested();
        int made = replay ? d.attempts() : d.attempts() + 1;
        if (succeeded(a)) {
            return new Settlement(DeliveryStatus.SUCCEEDED, made, null, replay);
        }
        if (gone(a)) {
            return new Settlement(DeliveryStatus.FAILED, made, null, replay);
        }
        if (replay) {
            boolean scheduled = d.nextAttemptAt() != null && d.attempts() < schedule.maxAttempts();
            return scheduled
                    ? new Settlement(DeliveryStatus.PENDING, made, d.nextAttemptAt(), true)
                    : new Settlement(DeliveryStatus.FAILED, made, null, true);
        }
        if (made >= schedule.maxAttempts()) {
            return new Settlement(DeliveryStatus.FAILED, made, null, false);
        }
        return new Settlement(
                DeliveryStatus.PENDING, made, now.plus(schedule.delayAfter(made, jitter, retryAfter)), false);
    }
}
