package dev.framewright.core;

import dev.framewright.contract.ErrorCode;
import java.util.Map;

/**
 * A request that cannot be served, with the stable {@link ErrorCode} that the HTTP layer turns into
 * an {@code ApiError} body and status. The message is shown to end users: it names the field or
 * resource and the rule, never internals.
 */
public final class ApiException extends RuntimeException {
    private final ErrorCode code;
    private final Map<String, String> requirement;

    public ApiException(ErrorCode code, String message) {
        this(code, message, null);
    }

    private ApiException(ErrorCode code, String message, Map<String, String> requirement) {
        super(message, null, false, false);
        this.code = code;
        this.requirement = requirement;
    }

    public ErrorCode code() {
        return code;
    }

    /** Details of the add-on requirement for {@link ErrorCode#ADD_ON_REQUIRED}, else null. */
    public Map<String, String> requirement() {
        return requirement;
    }

    public static ApiException invalid(String message) {
        return new ApiException(ErrorCode.INVALID_PARAMETERS, message);
    }

    public static ApiException invalidId(String what, String id) {
        return new ApiException(ErrorCode.INVALID_ID, what + " is not a valid id: " + abbreviate(id));
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public static ApiException engineUnavailable(String message) {
        return new ApiException(ErrorCode.ENGINE_UNAVAILABLE, message);
    }

    public static ApiException addOnRequired(String addOn, String message) {
        return new ApiException(ErrorCode.ADD_ON_REQUIRED, message, Map.of("addOn", addOn));
    }

    private static String abbreviate(String id) {
        if (id == null) {
            return "null";
        }
        String s = id.length() > 80 ? id.substring(0, 80) + "…" : id;
        return "\"" + s.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
