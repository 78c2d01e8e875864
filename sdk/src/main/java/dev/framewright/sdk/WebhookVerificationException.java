package dev.framewright.sdk;

/**
 * A webhook request did not pass Standard Webhooks verification (API.md §9.3): answer it with 400
 * and do not act on it. {@link #reason()} tells why.
 */
public class WebhookVerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why verification failed. */
    public enum Reason {
        /** {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} is missing. */
        MISSING_HEADERS,
        /** {@code webhook-timestamp} is not an integer, or is more than 5 minutes from now. */
        INVALID_TIMESTAMP,
        /** No {@code v1,} signature matches the body with this secret. */
        INVALID_SIGNATURE,
        /** The secret is not {@code whsec_} followed by base64. */
        INVALID_SECRET,
        /** The signature matched, but the body is not a webhook payload. */
        INVALID_PAYLOAD
    }

    private final Reason reason;

    /**
     * @param reason why verification failed
     * @param message a description for logs
     */
    public WebhookVerificationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why verification failed. */
    public Reason reason() {
        return reason;
    }
}
