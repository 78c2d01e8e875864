package dev.framewright.sdk.internal;

import dev.framewright.sdk.RequestListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/**
 * The validated settings of one client, built by {@code VideoGenClient.Builder}. Not part of the
 * public API.
 *
 * @param baseUri the server root, without a trailing slash or {@code /v1}
 * @param timeout per request, until the response headers arrive
 * @param maxRetries retries after the first attempt (0 = none)
 * @param retryBaseDelay the first exponential backoff delay
 * @param maxRetryDelay the cap of every backoff delay
 * @param executionPollInterval how often the execution poller GETs
 * @param uploadPollInterval how often the upload helper hydrates
 */
public record ClientSettings(
        String apiKey,
        URI baseUri,
        Duration timeout,
        int maxRetries,
        Duration retryBaseDelay,
        Duration maxRetryDelay,
        Duration executionPollInterval,
        Duration uploadPollInterval,
        Clock clock,
        HttpClient http,
        RequestListener listener,
        String userAgent) {}
