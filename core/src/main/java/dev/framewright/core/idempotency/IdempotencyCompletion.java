package dev.framewright.core.idempotency;

/**
 * The 2xx response to record for a key, written by the store in the same transaction as the
 * execution or file the request creates, so a replay never refers to something that does not exist.
 */
public record IdempotencyCompletion(IdempotencyScope scope, int status, String body) {}
