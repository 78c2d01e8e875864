package dev.framewright.core.idempotency;

/** What an Idempotency-Key is unique within (API.md §1.8): team, method, path and the key. */
public record IdempotencyScope(String teamId, String method, String path, String key) {}
