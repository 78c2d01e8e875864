package dev.framewright.sdk.internal;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import dev.framewright.sdk.WebhookVerificationException;
import dev.framewright.sdk.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;

/**
 * Standard Webhooks verification (API.md §9.3): {@code v1,} + base64(HMAC-SHA256(key, {@code
 * id.timestamp.body})), key = the base64 after {@code whsec_}, timestamp within ±5 minutes of the
 * injected clock. The HMAC is the standardwebhooks library's; the timestamp check is ours, so that it
 * follows the client's clock. Not part of the public API.
 */
public final class WebhookSignatures {
    /** The tolerance of the official helpers. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignatures() {}

    /**
     * @throws WebhookVerificationException with the reason when anything does not check out
     */
    public static void verify(String body, String id, String timestamp, String signatures, String secret, Clock clock) {
        if (blank(id) || blank(timestamp) || blank(signatures)) {
            throw new WebhookVerificationException(
                    Reason.MISSING_HEADERS, "webhook-id, webhook-timestamp and webhook-signature are required");
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException(Reason.INVALID_TIMESTAMP, "webhook-timestamp is not an integer");
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - ts) > TOLERANCE.toSeconds()) {
            throw new WebhookVerificationException(
                    Reason.INVALID_TIMESTAMP,
                    "webhook-timestamp is " + Math.abs(now - ts) + " s " + (ts < now ? "old" : "in the future")
                            + " (tolerance ±" + TOLERANCE.toSeconds() + " s)");
        }
        String expected = expected(body, id.trim(), ts, secret);
        byte[] want = expected.getBytes(StandardCharsets.US_ASCII);
        for (String candidate : signatures.trim().split(" +")) {
            int comma = candidate.indexOf(',');
            if (comma < 0 || !candidate.substring(0, comma).equals("v1")) {
                continue;
            }
            if (MessageDigest.isEqual(want, candidate.substring(comma + 1).getBytes(StandardCharsets.US_ASCII))) {
                return;
            }
        }
        throw new WebhookVerificationException(Reason.INVALID_SIGNATURE, "no v1 signature matches the body");
    }

    private static String expected(String body, String id, long timestamp, String secret) {
        if (blank(secret)) {
            throw new WebhookVerificationException(Reason.INVALID_SECRET, "the signing secret is empty");
        }
        try {
            String signed = new Webhook(secret.trim()).sign(id, timestamp, body);
            return signed.substring(signed.indexOf(',') + 1);
        } catch (EmptyWebhookSecretException | IllegalArgumentException e) {
            throw new WebhookVerificationException(
                    Reason.INVALID_SECRET, "the signing secret is not whsec_ followed by base64");
        } catch (WebhookSigningException e) {
            throw new WebhookVerificationException(Reason.INVALID_SECRET, "cannot sign with this secret");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
