package dev.framewright.sdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.ApiError;
import dev.framewright.sdk.AuthenticationException;
import dev.framewright.sdk.ConflictException;
import dev.framewright.sdk.EngineUnavailableException;
import dev.framewright.sdk.InvalidRequestException;
import dev.framewright.sdk.NotFoundException;
import dev.framewright.sdk.PermissionDeniedException;
import dev.framewright.sdk.RateLimitException;
import dev.framewright.sdk.ServerException;
import dev.framewright.sdk.VideoGenException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Turns a non-2xx response into the matching {@link VideoGenException}. Not part of the public API. */
public final class Errors {
    private static final int MAX_TEXT = 2000;

    private Errors() {}

    /**
     * @param body the response body; parsed as {@code ApiError}, else kept as raw text in {@code
     *     message} with a {@code null} code (API.md §1.10)
     */
    public static VideoGenException from(int status, byte[] body, Map<String, List<String>> headers) {
        ApiError error = parse(status, body);
        String requestId = Backoff.first(headers, "X-Request-Id");
        if (status == 401) {
            return new AuthenticationException(status, error, requestId, headers);
        }
        if (status == 403) {
            return new PermissionDeniedException(status, error, requestId, headers);
        }
        if (status == 404) {
            return new NotFoundException(status, error, requestId, headers);
        }
        if (status == 409) {
            return new ConflictException(status, error, requestId, headers);
        }
        if (status == 429) {
            return new RateLimitException(status, error, requestId, headers);
        }
        if (status == 503 && "engine_unavailable".equals(error.code())) {
            return new EngineUnavailableException(status, error, requestId, headers);
        }
        if (status >= 500) {
            return new ServerException(status, error, requestId, headers);
        }
        if (status == 400 || status == 405 || status == 413 || status == 415 || status == 422) {
            return new InvalidRequestException(status, error, requestId, headers);
        }
        return new VideoGenException(status, error, requestId, headers);
    }

    private static ApiError parse(int status, byte[] body) {
        if (body != null && body.length > 0) {
            try {
                JsonNode tree = Json.tree(body);
                if (tree != null && tree.isObject() && tree.hasNonNull("message")) {
                    ApiError parsed = Json.convert(tree, ApiError.class);
                    if (parsed != null) {
                        return parsed;
                    }
                }
            } catch (IOException | IllegalArgumentException notJson) {
                // fall through: the raw text becomes the message
            }
            String text = new String(body, StandardCharsets.UTF_8).strip();
            if (!text.isEmpty()) {
                return new ApiError(
                        text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text, null, null, null);
            }
        }
        return new ApiError("HTTP " + status + " with no body", null, null, null);
    }
}
