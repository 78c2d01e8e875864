package dev.framewright.server.api;

import dev.framewright.contract.ExecutionList;
import dev.framewright.contract.StartToolExecutionResponse;
import dev.framewright.contract.ToolType;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionService;
import dev.framewright.server.http.Http;
import dev.framewright.server.http.Json;
import dev.framewright.server.http.RouteTable;
import io.javalin.http.Context;

/** Tool starters and executions (API.md §2). */
public final class ToolRoutes {
    private final ExecutionService executions;
    private final Views views;
    private final long maxJsonBytes;

    public ToolRoutes(ExecutionService executions, Views views, long maxJsonBytes) {
        this.executions = executions;
        this.views = views;
        this.maxJsonBytes = maxJsonBytes;
    }

    public void register(RouteTable t) {
        var key = RouteTable.Access.API_KEY;
        for (ToolType type : ToolType.values()) {
            t.post("/v1/tools/" + type.path(), key, "tools-start", ctx -> start(ctx, type));
        }
        t.get("/v1/tools/executions", key, "executions-read", this::list);
        t.get("/v1/tools/executions/{toolExecutionId}", key, "executions-read", this::get);
        t.post("/v1/tools/executions/{toolExecutionId}/cancel", key, "executions-cancel", this::cancel);
        t.get("/v1/tools/executions/{toolExecutionId}/events", key, "executions-read", this::events);
    }

    private void start(Context ctx, ToolType type) {
        ExecutionRecord e = executions.start(Http.principal(ctx), type, Json.body(ctx, maxJsonBytes));
        Json.write(ctx, 202, new StartToolExecutionResponse(e.id()));
    }

    private void get(Context ctx) {
        ExecutionRecord e = executions.get(Http.principal(ctx), ctx.pathParam("toolExecutionId"));
        Json.write(ctx, 200, views.execution(e, true));
    }

    private void list(Context ctx) {
        Paging paging = Paging.of(ctx.queryParam("limit"), ctx.queryParam("cursor"), "executions", "");
        Page<ExecutionRecord> page = executions.list(Http.principal(ctx), paging);
        Json.write(
                ctx,
                200,
                new ExecutionList(
                        page.items().stream()
                                .map(e -> views.execution(e, false))
                                .toList(),
                        page.hasMore(),
                        page.nextCursor()));
    }

    private void cancel(Context ctx) {
        ExecutionRecord e = executions.cancel(Http.principal(ctx), ctx.pathParam("toolExecutionId"));
        Json.write(ctx, 202, new StartToolExecutionResponse(e.id()));
    }

    /**
     * Until the stored event log exists (executions issue), the stream sends the current state as a
     * snapshot and closes; clients reconnect per {@code retry}.
     */
    private void events(Context ctx) {
        ExecutionRecord e = executions.get(Http.principal(ctx), ctx.pathParam("toolExecutionId"));
        String data = Json.MAPPER.valueToTree(views.execution(e, true)).toString();
        ctx.status(200).contentType("text/event-stream").header("Cache-Control", "no-cache");
        ctx.result("retry: 2000\nid: 0\nevent: status\ndata: " + data + "\n\n");
    }
}
