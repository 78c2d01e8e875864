package dev.framewright.core.webhooks;

import dev.framewright.contract.DeliveryStatus;
import java.time.Instant;

/**
 * The state of a message after an attempt.
 *
 * @param attempts scheduled attempts made, this one included unless it was a replay
 * @param nextAttemptAt when the next scheduled attempt is due; null unless {@code pending}, or when a
 *     failed replay leaves nothing scheduled
 * @param replay whether the attempt was a requested replay (which clears the request)
 */
public record Settlement(DeliveryStatus status, int attempts, Instant nextAttemptAt, boolean replay) {}
