package dev.framewright.server.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.ApiException;
import dev.framewright.core.analysis.FileSearch;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.executions.ExecutionService;
import dev.framewright.core.files.FileService;
import dev.framewright.core.outbound.OutboundGuard;
import dev.framewright.core.ratelimits.RateDecision;
import dev.framewright.core.ratelimits.RateLimiter;
import dev.framewright.server.ServerVersion;
import dev.framewright.server.api.ResourceRoutes;
import dev.framewright.server.api.StoredUploads;
import dev.framewright.server.api.Views;
import dev.framewright.server.http.Http;
import dev.framewright.server.http.Json;
import dev.framewright.server.http.RequestIds;
import dev.framewright.server.http.RouteTable;
import dev.framewright.server.outbound.GuardedConnectorHttp;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Model Context Protocol server at {@code POST /mcp}: the Streamable HTTP transport, stateless (no
 * session id, no server-initiated stream: {@code GET} answers 405), one JSON-RPC message per request.
 * Authentication is the REST API's (the pipeline authenticates {@code /mcp} like {@code /v1/}); each
 * tool call is counted in the rate-limit group of the REST endpoint it stands for. A tool call whose
 * request carries a progress token is answered as an SSE stream: progress notifications, then the
 * response; everything else is answered with one JSON body.
 */
public final class McpRoutes {
    private static final Logger log = LoggerFactory.getLogger(McpRoutes.class);
    static final List<String> PROTOCOL_VERSIONS = List.of("2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05");

    private final McpTools tools;
    private final RateLimiter limiter;
    private final long maxBodyBytes;
    private final Supplier<String> baseUrl;

    /**
     * @param uploadMaxBytes the largest file {@code upload-file} takes (URL or base64)
     * @param maxJsonBytes the REST JSON body limit; {@code /mcp} also allows a base64 upload of the maximum
     */
    public McpRoutes(
            ExecutionService executions,
            FileService files,
            FileSearch search,
            Views views,
            ResourceRoutes resources,
            StoredUploads uploads,
            OutboundGuard guard,
            RateLimiter limiter,
            Supplier<String> baseUrl,
            long uploadMaxBytes,
            long maxJsonBytes) {
        Waits waits = new Waits(executions, files);
        McpUploads mcpUploads = new McpUploads(
                files,
                uploads,
                new GuardedConnectorHttp(guard, (int) Math.min(uploadMaxBytes, Integer.MAX_VALUE - 8)),
                waits,
                uploadMaxBytes);
        this.tools = new McpTools(executions, files, search, views, resources, mcpUploads, waits, baseUrl);
        this.limiter = limiter;
        this.maxBodyBytes = Math.max(maxJsonBytes, uploadMaxBytes / 3 * 4 + 64 * 1024);
        this.baseUrl = baseUrl;
    }

    public void register(RouteTable t) {
        t.post("/mcp", RouteTable.Access.API_KEY, null, this::handle);
    }

    private void handle(Context ctx) throws IOException {
        ObjectNode message = Json.body(ctx, maxBodyBytes);
        JsonNode id = message.get("id");
        String method =
                message.path("method").isTextual() ? message.get("method").asText() : null;
        if (!"2.0".equals(message.path("jsonrpc").asText())) {
            Json.write(ctx, 400, JsonRpc.error(id, JsonRpc.INVALID_REQUEST, "jsonrpc must be \"2.0\""));
            return;
        }
        if (method == null || id == null || id.isNull()) {
            ctx.status(202); // a notification (e.g. notifications/initialized) or a response: nothing to answer
            return;
        }
        JsonNode params = message.path("params");
        switch (method) {
            case "initialize" -> Json.write(ctx, 200, JsonRpc.result(id, initialize(params)));
            case "ping" -> Json.write(ctx, 200, JsonRpc.result(id, Json.MAPPER.createObjectNode()));
            case "tools/list" -> Json.write(ctx, 200, JsonRpc.result(id, list()));
            case "tools/call" -> call(ctx, id, params);
            default -> Json.write(ctx, 200, JsonRpc.error(id, JsonRpc.METHOD_NOT_FOUND, "Method not found: " + method));
        }
    }

    private ObjectNode initialize(JsonNode params) {
        String asked = params.path("protocolVersion").asText("");
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("protocolVersion", PROTOCOL_VERSIONS.contains(asked) ? asked : PROTOCOL_VERSIONS.get(0));
        r.putObject("capabilities").putObject("tools").put("listChanged", false);
        r.putObject("serverInfo")
                .put("name", "framewright")
                .put("title", "Framewright")
                .put("version", ServerVersion.get());
        r.put(
                "instructions",
                "Framewright generates and transforms media. Tool starters (generate-image, text-to-speech,"
                        + " upscale-image, …) run asynchronously: pass waitSeconds, or call wait-for-execution with"
                        + " the returned toolExecutionId. Input files are file ids (vg_file_…) from upload-file,"
                        + " list-files, search-files or earlier results. Results carry signed URLs valid for about an"
                        + " hour (hydrate-file renews them). Guides: " + baseUrl.get() + "/llms.txt");
        return r;
    }

    private ObjectNode list() {
        ObjectNode r = Json.MAPPER.createObjectNode();
        var array = r.putArray("tools");
        for (McpTools.Tool t : tools.all()) {
            array.addObject()
                    .put("name", t.name())
                    .put("description", t.description())
                    .set("inputSchema", t.inputSchema());
        }
        return r;
    }

    private void call(Context ctx, JsonNode id, JsonNode params) throws IOException {
        String name = params.path("name").asText(null);
        McpTools.Tool tool = tools.find(name).orElse(null);
        if (tool == null) {
            Json.write(ctx, 200, JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Unknown tool: " + name));
            return;
        }
        JsonNode rawArgs = params.get("arguments");
        if (rawArgs != null && !rawArgs.isNull() && !rawArgs.isObject()) {
            Json.write(ctx, 200, JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "arguments must be an object"));
            return;
        }
        ObjectNode args = rawArgs == null || rawArgs.isNull() ? Json.MAPPER.createObjectNode() : (ObjectNode) rawArgs;
        JsonNode token = params.path("_meta").get("progressToken");
        String accept = ctx.header("Accept");
        SseReply sse = new SseReply(ctx);
        Progress progress = token == null || accept == null || !accept.contains("text/event-stream")
                ? Progress.NONE
                : (value, total, text) -> sse.send(JsonRpc.progress(token, value, total, text));
        ObjectNode result;
        try {
            result = run(ctx, tool, Http.principal(ctx), args, progress);
        } catch (SseReply.Gone e) {
            log.debug("MCP client went away during {}", tool.name());
            return;
        }
        ObjectNode response = JsonRpc.result(id, result);
        if (sse.started()) {
            try {
                sse.send(response);
            } catch (SseReply.Gone e) {
                log.debug("MCP client went away before the result of {}", tool.name());
            }
        } else {
            Json.write(ctx, 200, response);
        }
    }

    private ObjectNode run(Context ctx, McpTools.Tool tool, Principal caller, ObjectNode args, Progress progress)
            throws SseReply.Gone {
        try {
            RateDecision d = limiter.acquire(caller, tool.group());
            if (!d.allowed()) {
                return ToolResults.error(
                        "rate_limited",
                        "Rate limit of " + d.limit() + " requests per hour for "
                                + tool.group().policyName() + " reached; retry in " + d.secondsToReset() + " s");
            }
            return ToolResults.success(tool.handler().call(caller, args, progress));
        } catch (ApiException e) {
            return ToolResults.error(e.code().wire(), e.getMessage());
        } catch (SseReply.Gone e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ToolResults.error("internal_error", "The server is stopping; try again");
        } catch (Exception e) {
            log.error("unexpected failure in MCP tool {}", tool.name(), e);
            return ToolResults.error(
                    "internal_error",
                    "An unexpected error occurred; quote the internal error code " + RequestIds.of(ctx)
                            + " when reporting it");
        }
    }
}
