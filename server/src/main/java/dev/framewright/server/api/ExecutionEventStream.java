package dev.framewright.server.api;

import dev.framewright.contract.ExecutedTool;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.executions.ExecutionEvent;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionService;
import dev.framewright.server.http.Json;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The Server-Sent Events stream of one execution (API.md §2.6), read from the stored events (never
 * from memory, so it works on any node and can be resumed with {@code Last-Event-ID}). Errors happen
 * only before the stream starts; the stream closes after the terminal event.
 */
public final class ExecutionEventStream {
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final ExecutionService executions;
    private final Views views;

    public ExecutionEventStream(ExecutionService executions, Views views) {
        this.executions = executions;
        this.views = views;
    }

    void stream(Context ctx, Principal caller, String executionId) throws IOException {
        ExecutionRecord current = executions.get(caller, executionId); // 400/404 before the stream starts
        List<ExecutionEvent> stored = executions.events(caller, executionId, 0);
        long resumeFrom = resumePoint(ctx.header("Last-Event-ID"), stored);

        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream;charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        OutputStream out = res.getOutputStream();
        write(out, "retry: 2000\n\n");

        long after;
        if (resumeFrom >= 0) {
            after = resumeFrom;
        } else {
            long latest = stored.isEmpty() ? 0 : stored.get(stored.size() - 1).seq();
            write(out, frame(latest, ExecutionEvent.STATUS, views.execution(current, true)));
            if (current.status().isTerminal()) {
                return;
            }
            after = latest;
        }
        long lastWrite = System.nanoTime();
        try {
            while (true) {
                for (ExecutionEvent e : executions.events(caller, executionId, after)) {
                    write(out, frame(e.seq(), e.event(), render(caller, executionId, e)));
                    lastWrite = System.nanoTime();
                    after = e.seq();
                    if (e.terminal()) {
                        return;
                    }
                }
                if (System.nanoTime() - lastWrite > KEEP_ALIVE.toNanos()) {
                    write(out, ": keep-alive\n\n");
                    lastWrite = System.nanoTime();
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The seq to resume after, or -1 for a fresh snapshot (no or unknown Last-Event-ID). */
    private static long resumePoint(String lastEventId, List<ExecutionEvent> stored) {
        if (lastEventId == null || stored.isEmpty()) {
            return -1;
        }
        try {
            long id = Long.parseLong(lastEventId.trim());
            long first = stored.get(0).seq();
            long last = stored.get(stored.size() - 1).seq();
            return id >= first - 1 && id <= last ? id : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private ExecutedTool render(Principal caller, String executionId, ExecutionEvent e) {
        ExecutionRecord now = executions.get(caller, executionId);
        return e.terminal() ? views.execution(now, true) : views.executionAt(now, e);
    }

    private static String frame(long id, String event, ExecutedTool data) {
        return "id: " + id + "\nevent: " + event + "\ndata: " + Json.MAPPER.valueToTree(data) + "\n\n";
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
