package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Stable error codes of {@code ApiError.code} (API.md §1.5, §10.1) with the HTTP status each one is
 * answered with. Execution-level codes carry status 0: they only appear inside {@code ExecutedTool.error}.
 */
public enum ErrorCode {
    INVALID_PARAMETERS(400),
    INVALID_ID(400),
    MISSING_API_KEY(401),
    INVALID_API_KEY(401),
    FORBIDDEN(403),
    ADD_ON_REQUIRED(403),
    INVALID_SIGNATURE(403),
    URL_EXPIRED(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    IDEMPOTENCY_KEY_IN_USE(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    IDEMPOTENCY_KEY_REUSED(422),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    ENGINE_UNAVAILABLE(503),
    // execution-level codes (ExecutedTool.error.code only)
    ENGINE_FAILED(0),
    TIMED_OUT(0),
    INPUT_INVALID(0);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** HTTP status this code is answered with; 0 for execution-level codes. */
    public int httpStatus() {
        return httpStatus;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
