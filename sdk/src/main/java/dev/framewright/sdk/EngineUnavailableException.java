package dev.framewright.sdk;

import dev.framewright.contract.ApiError;
import java.util.List;
import java.util.Map;

/** 503 {@code engine_unavailable}: no engine on this server can run the requested tool or search. Nothing was created; {@code GET /v1/resources/engines} tells which engines are installed. */
public class EngineUnavailableException extends ServerException {
    private static final long serialVersionUID = 1L;

    /** See {@link VideoGenException#VideoGenException(int, ApiError, String, Map)}. */
    public EngineUnavailableException(int status, ApiError error, String requestId, Map<String, List<String>> headers) {
        super(status, error, requestId, headers);
    }
}
