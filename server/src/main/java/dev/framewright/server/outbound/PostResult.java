package dev.framewright.server.outbound;

/**
 * The head of a response to {@link PinnedHttpPost}: status and the {@code Retry-After} value, if any.
 * The body is never read.
 */
public record PostResult(int status, String retryAfter) {}
