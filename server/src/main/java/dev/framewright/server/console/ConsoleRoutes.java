package dev.framewright.server.console;

import dev.framewright.contract.ToolType;
import dev.framewright.server.http.RouteTable;
import dev.framewright.server.media.StaticAssets;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The web console at {@code /console} (docs/console.md): server-rendered pages and their static
 * files. The pages are public skeletons; everything team-specific is fetched by the browser from the
 * {@code /v1} API with the API key it keeps in session storage, so the console has exactly the
 * rights of the key and no session state on the server. Every response forbids framing and loads
 * only from this server (Content-Security-Policy), so a pasted key cannot leak to third parties.
 */
public final class ConsoleRoutes {
    private static final String OWN = "dev/framewright/server/console/";

    private final StaticAssets assets = new StaticAssets(Map.of(
            "console.js", OWN + "console.js",
            "console.css", OWN + "console.css",
            "icon.svg", OWN + "icon.svg",
            "hls.min.js", StaticAssets.HLS_JS));
    private final Supplier<String> baseUrl;
    private final ConsolePages pages;

    /** @param baseUrl the server's public base URL (media, upload and embed URLs live under it) */
    public ConsoleRoutes(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
        this.pages = new ConsolePages(assets, ToolForms.fromContract(), baseUrl);
    }

    public void register(RouteTable t) {
        var open = RouteTable.Access.PUBLIC;
        t.get("/console", open, null, ctx -> page(ctx, pages.signIn()));
        t.get("/console/playground", open, null, ctx -> page(ctx, pages.playground(tool(ctx.queryParam("tool")))));
        t.get("/console/executions", open, null, ctx -> page(ctx, pages.executions()));
        t.get(
                "/console/executions/{toolExecutionId}",
                open,
                null,
                ctx -> page(ctx, pages.execution(ctx.pathParam("toolExecutionId"))));
        t.get("/console/files", open, null, ctx -> page(ctx, pages.files()));
        t.get("/console/files/{fileId}", open, null, ctx -> page(ctx, pages.file(ctx.pathParam("fileId"))));
        t.get("/console/webhooks", open, null, ctx -> page(ctx, pages.webhooks()));
        t.get(
                "/console/webhooks/{endpointId}",
                open,
                null,
                ctx -> page(ctx, pages.webhook(ctx.pathParam("endpointId"))));
        t.get("/console/engines", open, null, ctx -> page(ctx, pages.engines()));
        t.get("/console/assets/{asset}", open, null, assets::serve);
    }

    /** The tool of {@code ?tool=}, text-to-speech when absent or unknown. */
    static ToolType tool(String path) {
        return path == null ? ToolType.TEXT_TO_SPEECH : ToolType.fromPath(path).orElse(ToolType.TEXT_TO_SPEECH);
    }

    private void page(Context ctx, String html) {
        ctx.header("Content-Security-Policy", contentSecurityPolicy());
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }

    /**
     * Everything from this server only ('self', and its public origin for proxies that rewrite the
     * host): blob: for hls.js' media source and worker, data: images, the embed page in a frame for
     * the preview, and no framing of the console itself.
     */
    String contentSecurityPolicy() {
        String self = "'self' " + origin(baseUrl.get());
        return "default-src " + self + "; img-src " + self + " data: blob:; media-src " + self + " blob:; connect-src "
                + self + "; worker-src " + self + " blob:; frame-src " + self
                + "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    private static String origin(String baseUrl) {
        URI u = URI.create(baseUrl);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
    }
}
