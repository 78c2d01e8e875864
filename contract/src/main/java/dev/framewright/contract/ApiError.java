package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every non-2xx response, and {@code ExecutedTool.error} (API.md §1.5, §7.10).
 *
 * <p>{@code message} is always set and safe to show to end users. {@code code} is snake_case and
 * always set by Framewright; it is a string rather than {@link ErrorCode} because clients treat codes
 * as open. {@code requirement} is set only when meeting it would fix the error ({@code
 * add_on_required}); {@code internalErrorCode} is the request id on 5xx.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiError(String message, String code, Requirement requirement, String internalErrorCode) {

    /** An error with just a code and a message. */
    public static ApiError of(ErrorCode code, String message) {
        return new ApiError(message, code.wire(), null, null);
    }

    /** A 5xx error carrying the request id as {@code internalErrorCode}. */
    public static ApiError internal(ErrorCode code, String message, String requestId) {
        return new ApiError(message, code.wire(), null, requestId);
    }

    /** The 403 {@code add_on_required} error for {@code watermarkMode: NONE} (§10.7). */
    public static ApiError addOnRequired(String message) {
        return new ApiError(message, ErrorCode.ADD_ON_REQUIRED.wire(), Requirement.watermarkFreeAddOn(), null);
    }
}
