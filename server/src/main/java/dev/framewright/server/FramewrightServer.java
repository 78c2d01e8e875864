package dev.framewright.server;

import dev.framewright.core.auth.ApiKeys;
import dev.framewright.core.auth.Team;
import dev.framewright.core.auth.Teams;
import dev.framewright.core.executions.Catalog;
import dev.framewright.core.executions.ExecutionService;
import dev.framewright.core.executions.ToolRegistry;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.files.FileService;
import dev.framewright.core.files.Renditions;
import dev.framewright.core.files.UploadProcessor;
import dev.framewright.core.files.UrlSigner;
import dev.framewright.core.idempotency.Idempotency;
import dev.framewright.core.ratelimits.RateLimiter;
import dev.framewright.core.worker.ExecutionWorker;
import dev.framewright.core.worker.WorkerConfig;
import dev.framewright.engines.background.BackgroundRemovalTool;
import dev.framewright.engines.background.BorderFloodMatting;
import dev.framewright.engines.background.IsnetMatting;
import dev.framewright.engines.media.MediaRenditions;
import dev.framewright.engines.media.ProbingMediaInspector;
import dev.framewright.engines.upscale.EsrganUpscaleTool;
import dev.framewright.engines.upscale.LanczosUpscaleTool;
import dev.framewright.engines.vectorize.PotraceVectorizeTool;
import dev.framewright.engines.video.FfmpegUpscaleVideoTool;
import dev.framewright.engines.video.VideoBackgroundRemovalTool;
import dev.framewright.server.api.AccountRoutes;
import dev.framewright.server.api.ExecutionEventStream;
import dev.framewright.server.api.FileRoutes;
import dev.framewright.server.api.ResourceRoutes;
import dev.framewright.server.api.ServiceRoutes;
import dev.framewright.server.api.ToolRoutes;
import dev.framewright.server.api.UploadRoutes;
import dev.framewright.server.api.Views;
import dev.framewright.server.api.WebhookRoutes;
import dev.framewright.server.config.ServerConfig;
import dev.framewright.server.http.Http;
import dev.framewright.server.http.RouteTable;
import dev.framewright.server.media.MediaRoutes;
import dev.framewright.server.media.MediaUrls;
import dev.framewright.server.media.PublicRoutes;
import dev.framewright.storage.LocalDiskBlobStore;
import dev.framewright.store.jdbc.JdbcStorage;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: wires every component with {@code new} and starts the HTTP server and workers. */
public final class FramewrightServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FramewrightServer.class);

    private final ServerConfig config;
    private final JdbcStorage storage;
    private final BlobStore blobs;
    private final Background background;
    private final ExecutionWorker worker;
    private final Javalin app;
    private final String baseUrl;
    private final String firstStartKey;

    private FramewrightServer(ServerConfig config, Clock clock) throws IOException {
        this.config = config;
        Path data = config.dataDir();
        Files.createDirectories(data);
        storage = new JdbcStorage(config.databaseUrl(), config.databaseUser(), config.databasePassword()).start();
        Team team = new Teams(storage.teams(), clock).ensureDefault(config.teamConcurrency());
        if (team.concurrencyCap() != config.teamConcurrency()) {
            team = new Team(team.id(), team.name(), team.watermarkFree(), config.teamConcurrency(), team.createdAt());
            storage.teams().update(team);
        }
        ApiKeys keys = new ApiKeys(storage.keys(), storage.teams(), clock);
        firstStartKey = provisionKeys(keys, team);

        blobs = new LocalDiskBlobStore(data.resolve("blobs"));
        blobs.check();
        Path scratch = data.resolve("tmp");
        Renditions renditions = new Renditions(blobs, new ProbingMediaInspector(), new MediaRenditions());
        ToolRegistry tools;
        try {
            tools = new ToolRegistry(
                    List.of(
                            new PotraceVectorizeTool(config.executionTimeout()),
                            new BackgroundRemovalTool(new IsnetMatting(config.modelsDir())),
                            new BackgroundRemovalTool(new BorderFloodMatting()),
                            new VideoBackgroundRemovalTool(
                                    "isnet-keyframes",
                                    new IsnetMatting(config.modelsDir()),
                                    false,
                                    config.executionTimeout()),
                            new VideoBackgroundRemovalTool(
                                    "border-flood-video", new BorderFloodMatting(), true, config.executionTimeout()),
                            new EsrganUpscaleTool(config.modelsDir()),
                            new LanczosUpscaleTool(),
                            new FfmpegUpscaleVideoTool(config.executionTimeout())),
                    config.enginesDisabled());
        } catch (IllegalArgumentException e) {
            storage.close();
            throw new dev.framewright.server.config.ConfigException(e.getMessage());
        }

        String nodeId = nodeId();
        worker = config.workers() == 0
                ? null
                : new ExecutionWorker(
                        new WorkerConfig(
                                nodeId,
                                config.workers(),
                                config.lease(),
                                WorkerConfig.heartbeatFor(config.lease()),
                                WorkerConfig.DEFAULT_POLL,
                                config.maxAttempts(),
                                config.executionTimeout(),
                                scratch.resolve("executions")),
                        storage.executions(),
                        storage.files(),
                        blobs,
                        tools,
                        renditions,
                        clock);
        ExecutionService executions = new ExecutionService(
                storage.executions(),
                storage.files(),
                storage.teams(),
                tools,
                Catalog.EMPTY,
                worker == null ? dev.framewright.core.executions.ExecutionListener.NONE : worker,
                clock);
        FileService files = new FileService(storage.files(), clock, config.uploadUrlTtl());
        background = new Background(
                storage.files(),
                new UploadProcessor(storage.files(), blobs, renditions, clock, scratch.resolve("uploads")),
                clock,
                config.temporaryRetention());

        PublicUrl publicUrl = new PublicUrl();
        MediaUrls urls =
                new MediaUrls(new UrlSigner(Secrets.key(data, "url-signing")), publicUrl, config.signedUrlTtl(), clock);
        Views views = new Views(urls, storage.files());
        RouteTable routes = new RouteTable();
        Idempotency idempotency = new Idempotency(storage.idempotency(), clock, Idempotency.DEFAULT_RETENTION);
        new ToolRoutes(
                        executions,
                        views,
                        config.maxJsonBytes(),
                        idempotency,
                        new ExecutionEventStream(executions, views))
                .register(routes);
        new FileRoutes(files, views, urls, config.maxJsonBytes(), idempotency).register(routes);
        new ResourceRoutes(tools).register(routes);
        new WebhookRoutes(config.maxJsonBytes(), config.webhooksAllowHttp()).register(routes);
        new AccountRoutes().register(routes);
        new UploadRoutes(urls, storage.files(), blobs, scratch, config.maxUploadBytes(), clock, background::process)
                .register(routes);
        new MediaRoutes(urls, storage.files(), blobs).register(routes);
        new PublicRoutes(storage.files(), blobs, urls).register(routes);
        new ServiceRoutes(readiness(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), config.metricsToken())
                .register(routes);
        this.routes = routes;
        RateLimiter limiter = new RateLimiter(storage.rateLimits(), config.rateLimits(), team.id(), clock);
        app = Http.create(routes, keys, limiter, config.host());
        app.start(config.port());
        baseUrl = config.publicBaseUrl(app.port());
        publicUrl.set(baseUrl);
        background.start();
        if (worker != null) {
            worker.start();
        }
    }

    private final RouteTable routes;

    /** Starts a server; the caller closes it. */
    public static FramewrightServer start(ServerConfig config, Clock clock) throws IOException {
        return new FramewrightServer(config, clock);
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Every registered route (for the OpenAPI drift test). */
    public RouteTable routes() {
        return routes;
    }

    /** Runs the periodic file sweeps now (expired uploads, temporary retention), for tests. */
    void sweepNow() {
        background.sweep();
    }

    /** The key created at first start, shown once; null when none was created. */
    public String firstStartKey() {
        return firstStartKey;
    }

    public ServerConfig config() {
        return config;
    }

    private String provisionKeys(ApiKeys keys, Team team) {
        if (config.bootstrapApiKey() != null) {
            keys.ensureCustomKey(team.id(), "bootstrap", config.bootstrapApiKey());
            return null;
        }
        if (storage.keys().list().isEmpty()) {
            return keys.issue(team.id(), "first-start").secret();
        }
        return null;
    }

    private Map<String, Supplier<String>> readiness() {
        Map<String, Supplier<String>> checks = new LinkedHashMap<>();
        checks.put("database", () -> {
            storage.check();
            return null;
        });
        checks.put("storage", () -> {
            try {
                blobs.check();
                return null;
            } catch (IOException e) {
                return "blob store not writable";
            }
        });
        checks.put("workers", () -> config.workers() == 0 || worker != null ? null : "workers not started");
        return checks;
    }

    private static String nodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    @Override
    public void close() {
        log.info("stopping");
        app.stop();
        if (worker != null) {
            worker.close();
        }
        background.close();
        blobs.close();
        storage.close();
    }

    /** The public base URL, known once the port is bound. */
    private static final class PublicUrl implements Supplier<String> {
        private volatile String value = "http://127.0.0.1";

        void set(String v) {
            value = v;
        }

        @Override
        public String get() {
            return value;
        }
    }
}
