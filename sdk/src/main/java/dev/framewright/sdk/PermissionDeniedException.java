package dev.framewright.sdk;

import dev.framewright.contract.ApiError;
import java.util.List;
import java.util.Map;

/** 403: the key may not do this ({@code forbidden}), an add-on is missing ({@code add_on_required}, see {@code error().requirement()}), or a signed URL was tampered with or expired. */
public class PermissionDeniedException extends VideoGenException {
    private static final long serialVersionUID = 1L;

    /** See {@link VideoGenException#VideoGenException(int, ApiError, String, Map)}. */
    public PermissionDeniedException(int status, ApiError error, String requestId, Map<String, List<String>> headers) {
        super(status, error, requestId, headers);
    }
}
