package dev.framewright.server.http;

import dev.framewright.contract.ApiError;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.Requirement;
import dev.framewright.core.ApiException;
import io.javalin.http.Context;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that turns exceptions into {@code ApiError} responses (API.md §1.5, §7.10). 5xx bodies
 * never carry exception names, stack traces or paths: their {@code internalErrorCode} is the request
 * id, which is in the log line with the stack trace.
 */
public final class ErrorMapper {
    private static final Logger log = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {}

    public static void api(ApiException e, Context ctx) {
        write(
                ctx,
                e.code(),
                e.getMessage(),
                e.requirement() == null ? null : new Requirement("purchase_add_on", e.requirement()));
    }

    public static void unexpected(Exception e, Context ctx) {
        if (isClientAbort(e)) {
            log.debug("client aborted: {}", e.toString());
            return;
        }
        log.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        write(
                ctx,
                ErrorCode.INTERNAL_ERROR,
                "An unexpected error occurred; quote the internal error code when reporting it",
                null);
    }

    public static void write(Context ctx, ErrorCode code, String message, Requirement requirement) {
        String internal = code.httpStatus() >= 500 ? RequestIds.of(ctx) : null;
        if (code == ErrorCode.MISSING_API_KEY || code == ErrorCode.INVALID_API_KEY) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        Json.write(ctx, code.httpStatus(), new ApiError(message, code.wire(), requirement, internal));
    }

    private static boolean isClientAbort(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EofException) {
                return true;
            }
        }
        return false;
    }
}
