package dev.framewright.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wait before each retry (API.md §1.10), with a fixed clock and fixed jitter. */
class BackoffTest {
    static final Instant NOW = Instant.parse("2025-04-23T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static Backoff backoff(double random) {
        return new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), CLOCK, () -> random);
    }

    static Map<String, List<String>> headers(String name, String value) {
        return Map.of(name, List.of(value));
    }

    @Test
    void retryAfterSecondsWinsAndIsCappedAt60() {
        assertThat(backoff(0.9).delay(0, 429, headers("retry-after", "7"))).isEqualTo(Duration.ofSeconds(7));
        assertThat(backoff(0.9).delay(0, 503, headers("Retry-After", "3600"))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void retryAfterAsAnHttpDate() {
        assertThat(backoff(0.5).delay(0, 429, headers("Retry-After", "Wed, 23 Apr 2025 12:00:09 GMT")))
                .isEqualTo(Duration.ofSeconds(9));
        // a date in the past falls through to the exponential wait
        assertThat(backoff(0.5).delay(0, 503, headers("Retry-After", "Wed, 23 Apr 2025 11:00:00 GMT")))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void rateLimitResetOnA429PlusUpToTenPercent() {
        String reset = String.valueOf(NOW.getEpochSecond() + 20);
        assertThat(backoff(0.0).delay(0, 429, headers("X-RateLimit-Reset", reset)))
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff(0.999).delay(0, 429, headers("X-RateLimit-Reset", reset)))
                .isBetween(Duration.ofSeconds(21), Duration.ofSeconds(22));
        String far = String.valueOf(NOW.getEpochSecond() + 3000);
        assertThat(backoff(0.5).delay(0, 429, headers("X-RateLimit-Reset", far)))
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void rateLimitResetIsIgnoredOnOtherStatuses() {
        String far = String.valueOf(NOW.getEpochSecond() + 3000);
        assertThat(backoff(0.5).delay(0, 500, headers("X-RateLimit-Reset", far)))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void exponentialWithTwentyPercentJitter() {
        assertThat(backoff(0.5).delay(0, 0, Map.of())).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff(0.5).delay(1, 502, Map.of())).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff(0.5).delay(2, 502, Map.of())).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff(0.0).delay(2, 502, Map.of())).isEqualTo(Duration.ofMillis(3200));
        assertThat(backoff(0.999).delay(2, 502, Map.of())).isBetween(Duration.ofMillis(4790), Duration.ofMillis(4800));
        assertThat(backoff(0.5).delay(10, 502, Map.of())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void garbageHeadersFallThrough() {
        assertThat(backoff(0.5).delay(0, 429, headers("Retry-After", "soon"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff(0.5).delay(0, 429, headers("Retry-After", "0"))).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff(0.5).delay(0, 429, headers("X-RateLimit-Reset", "x")))
                .isEqualTo(Duration.ofSeconds(1));
    }
}
