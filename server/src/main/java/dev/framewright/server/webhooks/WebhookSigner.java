package dev.framewright.server.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.util.List;
import java.util.StringJoiner;

/**
 * The {@code webhook-signature} header (API.md §9.3), computed by the Standard Webhooks library:
 * {@code v1,} + base64(HMAC-SHA256(key, {@code <id>.<timestamp>.<body>})) per key, space-separated,
 * the newest key first during a rotation window.
 */
final class WebhookSigner {
    private WebhookSigner() {}

    /** @param keys HMAC keys, newest first, at least one */
    static String sign(List<byte[]> keys, String webhookId, long timestamp, String body) {
        StringJoiner out = new StringJoiner(" ");
        for (byte[] key : keys) {
            try {
                out.add(new Webhook(key).sign(webhookId, timestamp, body));
            } catch (EmptyWebhookSecretException | WebhookSigningException e) {
                throw new IllegalStateException("a webhook signature could not be computed", e);
            }
        }
        return out.toString();
    }
}
