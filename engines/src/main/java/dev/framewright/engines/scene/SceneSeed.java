package dev.framewright.engines.scene;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The seed of one procedural result: a pure function of the request, so that the same request
 * renders the same bytes. It is the first 8 bytes of SHA-256 over a version tag, the prompt, the
 * reduced aspect ratio, the result index and the SHA-256 of each reference file in order. The
 * execution id is deliberately not part of it (a repeated request gives the same pictures; the
 * results of one request differ through their index).
 */
public final class SceneSeed {
    /** Bumped when the renderer changes what a seed draws. */
    static final String VERSION = "procedural-scene/1";

    private SceneSeed() {}

    public static long of(String prompt, int ratioW, int ratioH, int resultIndex, List<String> referenceSha256) {
        int g = java.math.BigInteger.valueOf(ratioW)
                .gcd(java.math.BigInteger.valueOf(ratioH))
                .intValue();
        StringBuilder sb = new StringBuilder(VERSION)
                .append('\n')
                .append(prompt == null ? "" : prompt)
                .append('\n')
                .append(ratioW / g)
                .append(':')
                .append(ratioH / g)
                .append('\n')
                .append(resultIndex);
        for (String sha : referenceSha256) {
            sb.append('\n').append(sha);
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(d).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
