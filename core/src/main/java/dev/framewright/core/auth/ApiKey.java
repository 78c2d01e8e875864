package dev.framewright.core.auth;

import java.time.Instant;

/**
 * A stored API key: only the SHA-256 hash of the whole key string is kept (API.md §1.2).
 *
 * @param id public key id ({@code vg_key_…}, the first 29 characters of a generated key)
 * @param revokedAt null while the key is usable
 */
public record ApiKey(String id, String teamId, String name, String hash, Instant createdAt, Instant revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
