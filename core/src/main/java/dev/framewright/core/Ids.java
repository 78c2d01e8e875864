package dev.framewright.core;

import dev.framewright.contract.IdPrefix;
import java.security.SecureRandom;
import java.util.Base64;

/** Generates identifiers per API.md §1.4: a prefix and 22 random base62 characters. Thread-safe. */
public final class Ids {
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String newId(IdPrefix prefix) {
        return prefix.prefix() + base62(22);
    }

    /** {@code n} random base62 characters (each uniformly chosen, rejection sampling). */
    public static String base62(int n) {
        StringBuilder sb = new StringBuilder(n);
        byte[] buf = new byte[n * 2];
        while (sb.length() < n) {
            RANDOM.nextBytes(buf);
            for (int i = 0; i < buf.length && sb.length() < n; i++) {
                int v = buf[i] & 0xff;
                if (v < 248) { // 248 = 4 * 62: keeps the distribution uniform
                    sb.append(BASE62[v % 62]);
                }
            }
        }
        return sb.toString();
    }

    /** A public playback id: {@code vg_play_} + base64url (no padding) of 16 random bytes. */
    public static String newPlaybackId() {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        return IdPrefix.PLAYBACK.prefix()
                + Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** Random bytes from the shared SecureRandom. */
    public static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /**
     * Checks a path id: malformed or wrong prefix → 400 {@code invalid_id}.
     *
     * @param what the parameter's name for the message, e.g. {@code toolExecutionId}
     */
    public static String requirePathId(String id, IdPrefix prefix, String what) {
        if (!prefix.matches(id)) {
            throw ApiException.invalidId(what, id);
        }
        return id;
    }
}
