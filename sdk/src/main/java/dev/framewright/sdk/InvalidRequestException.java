package dev.framewright.sdk;

import dev.framewright.contract.ApiError;
import java.util.List;
import java.util.Map;

/** 400 ({@code invalid_parameters}, {@code invalid_id}), 405, 413, 415 and 422: the request itself is wrong; sending it again unchanged fails again. The message names the field and rule. */
public class InvalidRequestException extends VideoGenException {
    private static final long serialVersionUID = 1L;

    /** See {@link VideoGenException#VideoGenException(int, ApiError, String, Map)}. */
    public InvalidRequestException(int status, ApiError error, String requestId, Map<String, List<String>> headers) {
        super(status, error, requestId, headers);
    }
}
