package dev.framewright.core.webhooks;

import java.util.List;

/** A delivery with its attempts, oldest first, as the delivery log shows it. */
public record LoggedDelivery(Delivery delivery, List<AttemptRecord> attempts) {
    public LoggedDelivery {
        attempts = List.copyOf(attempts);
    }
}
