package dev.framewright.server.config;

import dev.framewright.core.webhooks.RetrySchedule;
import java.time.Duration;

/**
 * Webhook delivery settings (API.md §9.4, §11), validated when read.
 *
 * @param timeout time a receiver has to connect and answer (default 15 s)
 * @param secretOverlap how long a rotated-out secret keeps signing (default 24 h)
 * @param logRetention how long finished deliveries are kept (default 30 days)
 * @param secretKey the 32-byte key sealing signing secrets at rest; null = the data folder's key
 */
public record WebhookSettings(
        RetrySchedule schedule, Duration timeout, Duration secretOverlap, Duration logRetention, byte[] secretKey) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    @Override
    public String toString() {
        return "WebhookSettings[schedule=" + schedule.describe() + ", timeout=" + timeout + ", secretOverlap="
                + secretOverlap + ", logRetention=" + logRetention + ", secretKey=" + (secretKey == null ? "-" : "****")
                + "]";
    }
}
