package dev.framewright.sdk;

import dev.framewright.contract.ApiError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 429 {@code rate_limited}: the key's hourly quota of this endpoint group is spent (API.md §1.7), and
 * the client's retries ran out first. {@link #retryAfter()} tells when the window resets.
 */
public class RateLimitException extends VideoGenException {
    private static final long serialVersionUID = 1L;

    /** See {@link VideoGenException#VideoGenException(int, ApiError, String, Map)}. */
    public RateLimitException(int status, ApiError error, String requestId, Map<String, List<String>> headers) {
        super(status, error, requestId, headers);
    }

    /** The {@code Retry-After} header in seconds, when the server sent one. */
    public Optional<Duration> retryAfter() {
        return header("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.trim())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
