package dev.framewright.core.webhooks;

import dev.framewright.core.Ids;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets kept at rest (webhook signing secrets) with AES-256-GCM: {@code v1.} + base64 of a
 * random 12-byte nonce and the ciphertext with its tag. The owner's id is bound as associated data, so
 * a sealed value copied to another row does not open. Thread-safe.
 */
public final class SecretBox {
    private static final String VERSION = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;

    /** @param key 32 bytes */
    public SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the secret key must be 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public String seal(String plaintext, String ownerId) {
        byte[] nonce = Ids.randomBytes(NONCE_BYTES);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, ownerId, plaintext.getBytes(StandardCharsets.UTF_8));
        ByteBuffer out =
                ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
        return VERSION + Base64.getEncoder().encodeToString(out.array());
    }

    /**
     * @throws IllegalStateException when the value was sealed with another key, for another owner or
     *     was altered (the message never contains the secret)
     */
    public String open(String sealed, String ownerId) {
        if (!sealed.startsWith(VERSION)) {
            throw new IllegalStateException("sealed secret of " + ownerId + " has an unknown format");
        }
        byte[] raw = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        byte[] nonce = java.util.Arrays.copyOf(raw, NONCE_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(raw, NONCE_BYTES, raw.length);
        return new String(run(Cipher.DECRYPT_MODE, nonce, ownerId, body), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, String ownerId, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(ownerId.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "the secret of " + ownerId + " cannot be opened with the configured webhook secret key");
        }
    }
}
