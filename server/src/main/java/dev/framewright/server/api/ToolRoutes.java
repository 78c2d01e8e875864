package dev.framewright.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ExecutionList;
import dev.framewright.contract.StartToolExecutionResponse;
import dev.framewright.contract.ToolType;
import dev.framewright.core.Page;
import dev.framewright.core.Paging;
import dev.framewright.core.executions.ExecutionFilter;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.executions.ExecutionService;
import dev.framewright.core.idempotency.Idempotency;
import dev.framewright.server.http.Http;
import dev.framewright.server.http.Json;
import dev.framewright.server.http.RouteTable;
import io.javalin.http.Context;

/** Tool starters and executions (API.md §2). */
public final class ToolRoutes {
    private final ExecutionService executions;
    private final Views views;
    private final long maxJsonBytes;
    private final IdempotentCreate idempotent;
    private final ExecutionEventStream events;

    public ToolRoutes(
            ExecutionService executions,
            Views views,
            long maxJsonBytes,
            Idempotency idempotency,
            ExecutionEventStream events) {
        this.executions = executions;
        this.views = views;
        this.maxJsonBytes = maxJsonBytes;
        this.idempotent = new IdempotentCreate(idempotency);
        this.events = events;
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
        ObjectNode body = Json.body(ctx, maxJsonBytes);
        idempotent.run(ctx, body, 202, completion -> {
            ExecutionRecord e = executions.start(
                    Http.principal(ctx),
                    type,
                    body,
                    completion == null ? null : id -> completion.apply(new StartToolExecutionResponse(id)));
            return new StartToolExecutionResponse(e.id());
        });
    }

    private void get(Context ctx) {
        ExecutionRecord e = executions.get(Http.principal(ctx), ctx.pathParam("toolExecutionId"));
        Json.write(ctx, 200, views.execution(e, true));
    }

    private void list(Context ctx) {
        ExecutionFilter filter = ExecutionFilter.parse(ctx.queryParam("status"), ctx.queryParam("toolType"));
        Paging paging = Http.paging(ctx, "executions", filter.canonical());
        Page<ExecutionRecord> page = executions.list(Http.principal(ctx), filter, paging);
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

    private void events(Context ctx) throws java.io.IOException {
        events.stream(ctx, Http.principal(ctx), ctx.pathParam("toolExecutionId"));
    }
}
