package dev.framewright.sdk;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Hears what the client does on the wire: every response and every retry it schedules. For logs and
 * metrics. Methods are called on the thread that makes the request; they must be fast, do no I/O that
 * can block for long, and never throw (an exception thrown here is ignored). {@link #NONE} is the
 * default.
 */
public interface RequestListener {
    /** Does nothing. */
    RequestListener NONE = new RequestListener() {};

    /**
     * A response arrived (any status, before retries are decided).
     *
     * @param method the HTTP method
     * @param uri the request URI (signed media URLs included)
     * @param status the HTTP status
     * @param requestId the {@code X-Request-Id} header, {@code null} when absent
     * @param attempt 0 for the first try, 1 for the first retry, …
     */
    default void responseReceived(String method, URI uri, int status, String requestId, int attempt) {}

    /**
     * A retry is scheduled after a retryable status or a transport failure.
     *
     * @param method the HTTP method
     * @param uri the request URI
     * @param attempt the attempt that failed (0 for the first try)
     * @param delay how long the client waits before the next attempt
     * @param status the retryable status (408, 409, 429, 5xx), or 0 after a transport failure
     * @param failure the transport failure, or {@code null} when a status is retried
     */
    default void retryScheduled(String method, URI uri, int attempt, Duration delay, int status, IOException failure) {}
}
