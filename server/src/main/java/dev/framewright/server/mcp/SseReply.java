package dev.framewright.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The reply to one request as a Server-Sent Events stream, started by the first message sent: each
 * JSON-RPC message is one {@code message} event. The stream ends with the request.
 */
final class SseReply {
    /** The client closed the stream; the call's work stops. */
    static final class Gone extends IOException {
        Gone(IOException cause) {
            super("client went away", cause);
        }
    }

    private final Context ctx;
    private OutputStream out;

    SseReply(Context ctx) {
        this.ctx = ctx;
    }

    boolean started() {
        return out != null;
    }

    void send(JsonNode message) throws Gone {
        try {
            if (out == null) {
                HttpServletResponse res = ctx.res();
                res.setStatus(200);
                res.setContentType("text/event-stream;charset=utf-8");
                res.setHeader("Cache-Control", "no-cache");
                res.setHeader("X-Accel-Buffering", "no");
                out = res.getOutputStream();
            }
            out.write(("event: message\ndata: " + message + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new Gone(e);
        }
    }
}
