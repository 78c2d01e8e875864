package dev.framewright.core.webhooks;

import dev.framewright.core.Ids;
import java.util.Base64;

/** Endpoint signing secrets (API.md §1.4, §9.3): {@code whsec_} + base64 of 32 random bytes. */
public final class SigningSecrets {
    public static final String PREFIX = "whsec_";

    private SigningSecrets() {}

    public static String generate() {
        return PREFIX + Base64.getEncoder().encodeToString(Ids.randomBytes(32));
    }

    /** The last 4 characters, shown in lists instead of the secret. */
    public static String last4(String secret) {
        return secret.substring(secret.length() - 4);
    }

    /** The HMAC key: the base64 decoding of the part after {@code whsec_}. */
    public static byte[] key(String secret) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signing secret starts with " + PREFIX);
        }
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
