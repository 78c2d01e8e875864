package dev.framewright.server.http;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.ApiException;
import dev.framewright.core.Paging;
import dev.framewright.core.auth.ApiKeys;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.ratelimits.RateLimiter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Set;

/**
 * Builds the Javalin app from a {@link RouteTable}: request ids, Bearer authentication of {@code /v1/}
 * (except the OpenAPI document) and of {@code /mcp}, JSON 404/405 answers, rate limits of matched API-key routes and the
 * error mapper, in the contract's check order (API.md §1.5).
 */
public final class Http {
    private static final String PRINCIPAL = "framewright.principal";
    private static final String OPENAPI_PATH = "/v1/openapi.json";
    private static final String LIST_CAP = "framewright.listCap";
    /** The MCP server: authenticated like {@code /v1/}, rate limited per tool call by its own code. */
    private static final String MCP_PATH = "/mcp";

    private Http() {}

    /** @param listCap items of an unpaged list ({@code list-cap}) */
    public static Javalin create(RouteTable table, ApiKeys keys, RateLimiter limiter, String host, int listCap) {
        RateLimiting rateLimiting = new RateLimiting(table, limiter);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // long-lived SSE streams and uploads block their thread: virtual threads make that cheap
            config.concurrency.useVirtualThreads = true;
            config.jetty.host = host;
            config.http.maxRequestSize = Long.MAX_VALUE; // bodies are read bounded by our own code
            config.http.generateEtags = false;
            // media responses carry exact Content-Length and ranges; never re-encode bodies
            config.http.compressionStrategy = io.javalin.compression.CompressionStrategy.NONE;
            config.router.ignoreTrailingSlashes = false;
            config.routes.before(ctx -> {
                RequestIds.assign(ctx);
                ctx.attribute(LIST_CAP, listCap);
                if (ctx.path().startsWith("/v1/") && !ctx.path().equals(OPENAPI_PATH)
                        || ctx.path().equals(MCP_PATH)) {
                    ctx.attribute(PRINCIPAL, authenticate(ctx, keys));
                }
            });
            // after routing (404/405 are never counted), before any handler reads the body
            config.routes.beforeMatched(rateLimiting::apply);
            config.routes.after(ctx -> RequestIds.clear());
            table.install(config);
            config.routes.exception(ApiException.class, ErrorMapper::api);
            config.routes.exception(Exception.class, ErrorMapper::unexpected);
            config.routes.error(404, ctx -> notFoundOrMethod(ctx, table));
        });
    }

    /** The {@code limit} and {@code cursor} of a list request, with the configured unpaged cap. */
    public static Paging paging(Context ctx, String list, String filters) {
        Integer cap = ctx.attribute(LIST_CAP);
        return Paging.of(
                ctx.queryParam("limit"),
                ctx.queryParam("cursor"),
                list,
                filters,
                cap == null ? Paging.UNPAGED_CAP : cap);
    }

    /** The authenticated caller of a {@code /v1/} request. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new IllegalStateException("route is not authenticated");
        }
        return p;
    }

    private static Principal authenticate(Context ctx, ApiKeys keys) {
        String header = ctx.header("Authorization");
        if (header == null) {
            throw new ApiException(ErrorCode.MISSING_API_KEY, "Missing API key: send Authorization: Bearer <key>");
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length < 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].isBlank()) {
            throw new ApiException(ErrorCode.MISSING_API_KEY, "Missing API key: send Authorization: Bearer <key>");
        }
        return keys.authenticate(parts[1].trim());
    }

    private static void notFoundOrMethod(Context ctx, RouteTable table) {
        if (ctx.attribute(Json.WRITTEN) != null) {
            return; // a handler already answered 404 with its own body
        }
        Set<String> allowed = table.allowedMethods(ctx.path());
        if (!allowed.isEmpty()) {
            ctx.header("Allow", String.join(", ", allowed));
            ErrorMapper.write(
                    ctx,
                    ErrorCode.METHOD_NOT_ALLOWED,
                    "Method " + ctx.method().name() + " is not allowed here; allowed: " + String.join(", ", allowed),
                    null);
            return;
        }
        ErrorMapper.write(
                ctx, ErrorCode.NOT_FOUND, "No such route: " + ctx.method().name() + " " + ctx.path(), null);
    }
}
