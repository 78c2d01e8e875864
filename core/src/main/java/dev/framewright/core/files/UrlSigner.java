package dev.framewright.core.files;

import dev.framewright.core.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Signs and verifies the local media and upload URLs: an HMAC-SHA256 over method, path and expiry
 * (API.md §10.3), base64url without padding. Thread-safe.
 */
public final class UrlSigner {
    private final byte[] key;

    public UrlSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("URL signing key must have at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** The signature of {@code method path} valid until {@code expiresEpochSeconds}. */
    public String sign(String method, String path, long expiresEpochSeconds) {
        byte[] data = (method + "\n" + path + "\n" + expiresEpochSeconds).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Hashing.hmacSha256(key, data));
    }

    /** Constant-time check of a signature produced by {@link #sign}. */
    public boolean verify(String method, String path, long expiresEpochSeconds, String signature) {
        byte[] expected = sign(method, path, expiresEpochSeconds).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = signature.getBytes(StandardCharsets.US_ASCII);
        return Hashing.constantTimeEquals(expected, actual);
    }
}
