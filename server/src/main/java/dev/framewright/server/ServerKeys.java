package dev.framewright.server;

import dev.framewright.server.config.ServerConfig;
import dev.framewright.server.media.MediaUrls;
import dev.framewright.storage.S3BlobStore;
import dev.framewright.store.jdbc.Dialect;
import dev.framewright.store.jdbc.JdbcStorage;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;

/** The server's key material and signed-link sources, chosen for one node or for several. */
final class ServerKeys {
    private ServerKeys() {}

    /**
     * The key of the server's own signed URLs. Every node must verify every other node's links: on
     * PostgreSQL the key lives in the database (created once by the first node), else in the data
     * folder.
     */
    static byte[] urlSigning(JdbcStorage storage, Path dataDir) throws IOException {
        return storage.dialect() == Dialect.POSTGRES
                ? storage.sharedSecret("url-signing", ServerKeys::randomKey)
                : Secrets.key(dataDir, "url-signing");
    }

    /** The configured key that seals webhook signing secrets, else the data folder's own. */
    static byte[] webhookSecrets(ServerConfig config) throws IOException {
        byte[] configured = config.webhooks().secretKey();
        return configured != null ? configured : Secrets.key(config.dataDir(), "webhook-secrets");
    }

    /** Presigned S3 URLs as the media and upload URLs. */
    static MediaUrls.DirectLinks directLinks(S3BlobStore s3) {
        return new MediaUrls.DirectLinks() {
            @Override
            public String get(String key, Duration ttl, String contentType, String disposition) {
                return s3.presignGet(key, ttl, contentType, disposition).toString();
            }

            @Override
            public String put(String key, Duration ttl) {
                return s3.presignPut(key, ttl).toString();
            }
        };
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
