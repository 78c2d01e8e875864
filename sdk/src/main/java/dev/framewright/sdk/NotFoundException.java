package dev.framewright.sdk;

import dev.framewright.contract.ApiError;
import java.util.List;
import java.util.Map;

/** 404 {@code not_found}: an unknown route, or an id that does not exist or belongs to another team. */
public class NotFoundException extends VideoGenException {
    private static final long serialVersionUID = 1L;

    /** See {@link VideoGenException#VideoGenException(int, ApiError, String, Map)}. */
    public NotFoundException(int status, ApiError error, String requestId, Map<String, List<String>> headers) {
        super(status, error, requestId, headers);
    }
}
