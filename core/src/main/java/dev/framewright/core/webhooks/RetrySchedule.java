package dev.framewright.core.webhooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The delays between delivery attempts (API.md §9.4): the first attempt is immediate, each delay gets
 * ±10% jitter, and a receiver's {@code Retry-After} (on 429 or 503) lengthens the wait, capped at
 * {@link #MAX_RETRY_AFTER}.
 *
 * @param delays the wait before the 2nd, 3rd, … attempt
 */
public record RetrySchedule(List<Duration> delays) {
    /** 10 attempts: immediately, then after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h. */
    public static final RetrySchedule DEFAULT = parse("5,300,1800,7200,18000,36000,50400,72000,86400");

    public static final double JITTER = 0.10;
    public static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);
    public static final int MAX_DELAYS = 50;
    public static final long MAX_DELAY_SECONDS = 604_800;

    public RetrySchedule {
        if (delays.isEmpty() || delays.size() > MAX_DELAYS) {
            throw new IllegalArgumentException("retry schedule: 1 to " + MAX_DELAYS + " delays");
        }
        delays = List.copyOf(delays);
    }

    /**
     * Parses comma-separated seconds, e.g. {@code 5,300,1800}.
     *
     * @throws IllegalArgumentException naming the rule broken
     */
    public static RetrySchedule parse(String csv) {
        List<Duration> out = new ArrayList<>();
        for (String part : csv.split(",", -1)) {
            long s;
            try {
                s = Long.parseLong(part.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("retry schedule: '" + part.trim() + "' is not a number of seconds");
            }
            if (s < 1 || s > MAX_DELAY_SECONDS) {
                throw new IllegalArgumentException("retry schedule: each delay is 1–" + MAX_DELAY_SECONDS + " seconds");
            }
            out.add(Duration.ofSeconds(s));
        }
        return new RetrySchedule(out);
    }

    /** Attempts a message gets before it fails: the first plus one per delay. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * The wait after the {@code attemptsMade}-th failed attempt.
     *
     * @param jitter uniform in [-1, 1]: the share of the ±10% applied
     * @param retryAfter the receiver's {@code Retry-After}, or null
     */
    public Duration delayAfter(int attemptsMade, double jitter, Duration retryAfter) {
        Duration base = delays.get(Math.min(attemptsMade, delays.size()) - 1);
        long millis = Math.round(base.toMillis() * (1 + JITTER * Math.max(-1, Math.min(1, jitter))));
        Duration delay = Duration.ofMillis(Math.max(1, millis));
        if (retryAfter != null) {
            Duration wanted = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
            delay = wanted.compareTo(delay) > 0 ? wanted : delay;
        }
        return delay;
    }

    /** The schedule as configured, e.g. {@code 5,300,1800}. */
    public String describe() {
        return String.join(
                ",", delays.stream().map(d -> Long.toString(d.toSeconds())).toList());
    }
}
