package dev.framewright.server.http;

import dev.framewright.core.Ids;
import io.javalin.http.Context;
import org.slf4j.MDC;

/** Gives every request an id: answered in {@code X-Request-Id} and put in every log line (MDC). */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final String ATTR = "framewright.requestId";

    private RequestIds() {}

    static void assign(Context ctx) {
        String id = "req_" + Ids.base62(20);
        ctx.attribute(ATTR, id);
        ctx.header(HEADER, id);
        MDC.put("requestId", id);
    }

    public static String of(Context ctx) {
        String id = ctx.attribute(ATTR);
        return id == null ? "req_unknown" : id;
    }

    static void clear() {
        MDC.remove("requestId");
    }
}
