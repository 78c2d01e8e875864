package dev.framewright.sdk;

import dev.framewright.contract.ApiError;
import java.util.List;
import java.util.Map;

/** 401: no usable API key ({@code missing_api_key}) or an unknown or revoked one ({@code invalid_api_key}). */
public class AuthenticationException extends VideoGenException {
    private static final long serialVersionUID = 1L;

    /** See {@link VideoGenException#VideoGenException(int, ApiError, String, Map)}. */
    public AuthenticationException(int status, ApiError error, String requestId, Map<String, List<String>> headers) {
        super(status, error, requestId, headers);
    }
}
