package dev.framewright.sdk.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before retry {@code n} (API.md §1.10): {@code Retry-After} (seconds or an HTTP
 * date), else, on a 429, {@code X-RateLimit-Reset} plus up to 10% jitter, else {@code base·2ⁿ} with
 * ±20% jitter; never more than {@code max}.
 *
 * <p>Unlike the official SDKs, {@code X-RateLimit-Reset} is read only on a 429: Framewright puts it
 * on every response, and a 500 should not wait for the end of the rate-limit hour.
 */
public final class Backoff {
    private final Duration base;
    private final Duration max;
    private final Clock clock;
    private final DoubleSupplier random;

    /**
     * @param base the first exponential delay (1 s by default)
     * @param max the cap of every delay (60 s by default)
     * @param random uniform values in [0, 1), for jitter
     */
    public Backoff(Duration base, Duration max, Clock clock, DoubleSupplier random) {
        this.base = base;
        this.max = max;
        this.clock = clock;
        this.random = random;
    }

    public Backoff(Duration base, Duration max, Clock clock) {
        this(base, max, clock, () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * @param retry 0 before the first retry, 1 before the second, …
     * @param status the response status, or 0 after a transport failure
     * @param headers the response headers (empty after a transport failure)
     */
    public Duration delay(int retry, int status, Map<String, List<String>> headers) {
        Duration fromRetryAfter = retryAfter(first(headers, "Retry-After"));
        if (fromRetryAfter != null) {
            return cap(fromRetryAfter);
        }
        if (status == 429) {
            Duration untilReset = untilReset(first(headers, "X-RateLimit-Reset"));
            if (untilReset != null) {
                Duration capped = cap(untilReset);
                return cap(capped.plusMillis((long) (capped.toMillis() * 0.1 * random.getAsDouble())));
            }
        }
        long exp = base.toMillis() * (1L << Math.min(retry, 20));
        double jitter = 1 + (random.getAsDouble() - 0.5) * 0.4;
        return cap(Duration.ofMillis((long) (Math.min(exp, max.toMillis()) * jitter)));
    }

    private Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds > 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), at.toInstant());
                return d.isNegative() || d.isZero() ? null : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private Duration untilReset(String value) {
        if (value == null) {
            return null;
        }
        try {
            long resetMillis = Long.parseLong(value.trim()) * 1000;
            long delay = resetMillis - clock.millis();
            return delay > 0 ? Duration.ofMillis(delay) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Duration cap(Duration d) {
        return d.compareTo(max) > 0 ? max : d;
    }

    static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
