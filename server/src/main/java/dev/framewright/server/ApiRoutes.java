package dev.framewright.server;

import dev.framewright.core.analysis.AnalysisEngines;
import dev.framewright.core.analysis.FileSearch;
import dev.framewright.core.executions.Catalog;
import dev.framewright.core.executions.ExecutionService;
import dev.framewright.core.executions.ToolRegistry;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.files.FileService;
import dev.framewright.core.idempotency.Idempotency;
import dev.framewright.core.outbound.OutboundGuard;
import dev.framewright.core.ratelimits.RateLimiter;
import dev.framewright.core.webhooks.WebhookDeliveries;
import dev.framewright.core.webhooks.WebhookEndpoints;
import dev.framewright.engines.avatar.PresenterCatalog;
import dev.framewright.server.api.AccountRoutes;
import dev.framewright.server.api.ExecutionEventStream;
import dev.framewright.server.api.FileRoutes;
import dev.framewright.server.api.ResourceRoutes;
import dev.framewright.server.api.StoredUploads;
import dev.framewright.server.api.ToolRoutes;
import dev.framewright.server.api.UploadRoutes;
import dev.framewright.server.api.Views;
import dev.framewright.server.api.WebhookRoutes;
import dev.framewright.server.api.WebhookViews;
import dev.framewright.server.config.ServerConfig;
import dev.framewright.server.console.ConsoleRoutes;
import dev.framewright.server.http.RouteTable;
import dev.framewright.server.mcp.McpRoutes;
import dev.framewright.server.media.MediaRoutes;
import dev.framewright.server.media.MediaUrls;
import dev.framewright.server.media.PresenterRoutes;
import dev.framewright.server.media.PublicRoutes;
import dev.framewright.server.webhooks.PayloadRenderer;
import dev.framewright.server.webhooks.WebhookDispatcher;
import dev.framewright.store.jdbc.JdbcStorage;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What a node with the {@code api} role serves: the REST API of API.md with its extensions, the MCP
 * endpoint, media and public links, the console, the docs and the presenter gallery. The services
 * come from {@link FramewrightServer}, the composition root; this class only decides which routes
 * exist and what each is given.
 */
record ApiRoutes(
        RateLimiter limiter,
        OutboundGuard guard,
        ServerConfig config,
        JdbcStorage storage,
        BlobStore blobs,
        ToolRegistry tools,
        Catalog catalog,
        ExecutionService executions,
        FileService files,
        AnalysisEngines analysis,
        AudioTools audio,
        PresenterCatalog presenters,
        MediaUrls urls,
        PublicUrl publicUrl,
        Views views,
        PayloadRenderer bodies,
        WebhookEndpoints webhookEndpoints,
        WebhookDispatcher dispatcher,
        Background background,
        Path data,
        Path scratch,
        Clock clock) {

    void register(RouteTable routes) {
        Idempotency idempotency = new Idempotency(storage.idempotency(), clock, config.idempotencyRetention());
        new ToolRoutes(
                        executions,
                        views,
                        config.maxJsonBytes(),
                        idempotency,
                        new ExecutionEventStream(executions, views))
                .register(routes);
        FileSearch search = new FileSearch(storage.analysis(), storage.files(), analysis);
        new FileRoutes(files, search, views, urls, config.maxJsonBytes(), idempotency).register(routes);
        ResourceRoutes resources =
                new ResourceRoutes(tools, analysis, audio.catalog, presenters, publicUrl, config.listCap());
        resources.register(routes);
        new WebhookRoutes(
                        webhookEndpoints,
                        new WebhookDeliveries(webhookEndpoints, storage.deliveryLog(), dispatcher::wake),
                        new WebhookViews(bodies),
                        config.maxJsonBytes())
                .register(routes);
        new AccountRoutes(storage.teams()).register(routes);
        new UploadRoutes(
                        urls,
                        storage.files(),
                        new StoredUploads(
                                storage.files(), blobs, scratch, config.maxUploadBytes(), clock, background::process))
                .register(routes);
        new McpRoutes(
                        executions,
                        files,
                        search,
                        views,
                        resources,
                        new StoredUploads(
                                storage.files(),
                                blobs,
                                scratch,
                                Math.min(config.maxUploadBytes(), config.mcpUploadMaxBytes()),
                                clock,
                                background::process),
                        guard,
                        limiter,
                        publicUrl,
                        config.mcpUploadMaxBytes(),
                        config.maxJsonBytes())
                .register(routes);
        new MediaRoutes(urls, storage.files(), blobs).register(routes);
        new PublicRoutes(storage.files(), blobs, urls).register(routes);
        new ConsoleRoutes(publicUrl).register(routes);
        new dev.framewright.server.docs.DocsRoutes(publicUrl).register(routes);
        new PresenterRoutes(presenters, data.resolve("presenters")).register(routes);
    }
}
