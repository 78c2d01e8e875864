package dev.framewright.core.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of API keys. Implementations are thread-safe. */
public interface ApiKeyStore {
    void insert(ApiKey key);

    /** The key whose hash is {@code hash}, revoked or not. */
    Optional<ApiKey> findByHash(String hash);

    Optional<ApiKey> find(String keyId);

    List<ApiKey> list();

    /** Marks the key revoked; false when it does not exist or was already revoked. */
    boolean revoke(String keyId, Instant at);
}
