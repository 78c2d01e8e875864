package dev.framewright.core.webhooks;

import dev.framewright.contract.DeliveryAttemptError;
import java.time.Instant;

/**
 * One attempt to deliver a message (API.md §7.7).
 *
 * @param responseStatus the HTTP status, or null when no response came
 * @param error why no usable response came (or {@code redirect_not_followed} with the 3xx status)
 */
public record AttemptRecord(Instant attemptedAt, Integer responseStatus, long durationMs, DeliveryAttemptError error) {}
