package dev.framewright.sdk;

import dev.framewright.contract.ApiError;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server answered with a non-2xx status (API.md §1.5). The body is parsed as {@link ApiError};
 * a body that is not JSON surfaces as the error's {@code message} with a {@code null} code.
 *
 * <p>Transport failures (connection refused, timeouts, broken streams) are never this type: they
 * are {@link java.io.IOException}s. The subclasses name the common classes of error:
 *
 * <ul>
 *   <li>{@link AuthenticationException}: 401 ({@code missing_api_key}, {@code invalid_api_key})
 *   <li>{@link PermissionDeniedException}: 403 ({@code forbidden}, {@code add_on_required}, …)
 *   <li>{@link NotFoundException}: 404
 *   <li>{@link InvalidRequestException}: 400, 405, 413, 415 and 422
 *   <li>{@link ConflictException}: 409 ({@code idempotency_key_in_use}, after the retries)
 *   <li>{@link RateLimitException}: 429, after the retries
 *   <li>{@link ServerException}: 5xx, with {@link EngineUnavailableException} for 503 {@code
 *       engine_unavailable}
 * </ul>
 *
 * <p>Retryable statuses (408, 409, 429, 5xx) reach the caller only once the client's retries are
 * spent.
 */
public class VideoGenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ApiError error;
    private final String requestId;
    private final transient Map<String, List<String>> headers;

    /**
     * @param status the HTTP status
     * @param error the parsed body; never {@code null} (a non-JSON body becomes its {@code message})
     * @param requestId the {@code X-Request-Id} response header, {@code null} when absent
     * @param headers the response headers
     */
    public VideoGenException(int status, ApiError error, String requestId, Map<String, List<String>> headers) {
        super(describe(status, error, requestId));
        this.status = status;
        this.error = error;
        this.requestId = requestId;
        this.headers = Map.copyOf(headers);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The {@code ApiError} body: {@code message} (safe to show to users), {@code code}, … */
    public ApiError error() {
        return error;
    }

    /** The error code, e.g. {@code not_found}; {@code null} when the body was not an ApiError. */
    public String code() {
        return error.code();
    }

    /** The server's {@code X-Request-Id}, to quote when reporting a problem; may be {@code null}. */
    public String requestId() {
        return requestId;
    }

    /** The first value of a response header, matched case-insensitively. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    private static String describe(int status, ApiError error, String requestId) {
        StringBuilder b = new StringBuilder("HTTP ").append(status);
        if (error.code() != null) {
            b.append(' ').append(error.code());
        }
        b.append(": ").append(error.message());
        if (requestId != null) {
            b.append(" (request ").append(requestId).append(')');
        }
        return b.toString();
    }
}
