package dev.framewright.server;

import dev.framewright.core.analysis.AnalysisEngines;
import dev.framewright.core.analysis.AnalysisWorker;
import dev.framewright.core.analysis.Analyzer;
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
import dev.framewright.core.outbound.OutboundGuard;
import dev.framewright.core.ratelimits.RateLimiter;
import dev.framewright.core.webhooks.SecretBox;
import dev.framewright.core.webhooks.WebhookEndpoints;
import dev.framewright.core.worker.ExecutionWorker;
import dev.framewright.core.worker.WorkerConfig;
import dev.framewright.embeddings.MiniLmEmbedder;
import dev.framewright.engines.analysis.UploadDescriber;
import dev.framewright.engines.avatar.PresenterCatalog;
import dev.framewright.engines.media.MediaRenditions;
import dev.framewright.engines.media.ProbingMediaInspector;
import dev.framewright.server.api.ServiceRoutes;
import dev.framewright.server.api.Views;
import dev.framewright.server.config.Role;
import dev.framewright.server.config.ServerConfig;
import dev.framewright.server.http.Http;
import dev.framewright.server.http.RouteTable;
import dev.framewright.server.media.MediaUrls;
import dev.framewright.server.outbound.ResolvingOutboundGuard;
import dev.framewright.server.webhooks.PayloadRenderer;
import dev.framewright.server.webhooks.WebhookDispatcher;
import dev.framewright.storage.LocalDiskBlobStore;
import dev.framewright.storage.S3BlobStore;
import dev.framewright.store.jdbc.JdbcStorage;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
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
    private final S3BlobStore s3;
    private final PresignedUploads uploads;
    private final NodeHeartbeat heartbeat;
    private final ExecutionWorker worker;
    private final WebhookDispatcher dispatcher;
    private final AnalysisWorker analysisWorker;
    private final Javalin app;
    private final String baseUrl;
    private final String firstStartKey;

    private FramewrightServer(ServerConfig config, Clock clock) throws IOException {
        this.config = config;
        OutboundGuard guard = new ResolvingOutboundGuard(config.outboundAllowPrivate());
        AudioTools audio = AudioTools.create(
                config.audio(), config.executionTimeout(), config.enginesDisabled(), guard, Catalog.EMPTY);
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

        s3 = config.s3() == null ? null : new S3BlobStore(config.s3());
        blobs = s3 != null ? s3 : new LocalDiskBlobStore(data.resolve("blobs"));
        try {
            blobs.check();
        } catch (IOException e) {
            storage.close();
            throw e;
        }
        Path scratch = data.resolve("tmp");
        Renditions renditions = new Renditions(blobs, new ProbingMediaInspector(), new MediaRenditions());
        AnalysisEngines analysis = new AnalysisEngines(
                new UploadDescriber(config.enginesDisabled()), new MiniLmEmbedder(), config.enginesDisabled());
        ToolRegistry tools;
        try {
            tools = LocalTools.registry(config, audio, analysis, guard, blobs);
        } catch (IllegalArgumentException | dev.framewright.server.config.ConfigException e) {
            storage.close();
            throw new dev.framewright.server.config.ConfigException(e.getMessage());
        }

        ToolRegistry registry = tools;
        // the presenter half of the start-time catalogue; the voice half joins it through Catalog.combine
        PresenterCatalog presenters =
                new PresenterCatalog(() -> registry.serving(dev.framewright.contract.ToolType.GENERATE_AVATAR)
                        .isPresent());
        Catalog catalog = Catalog.combine(audio.catalog, presenters);

        String nodeId = config.nodeId();
        Role role = config.role();
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
                catalog,
                worker == null ? dev.framewright.core.executions.ExecutionListener.NONE : worker,
                clock);
        FileService files = new FileService(storage.files(), clock, config.uploadUrlTtl());
        analysisWorker = config.analysisWorkers() == 0
                ? null
                : new AnalysisWorker(
                        new AnalysisWorker.Config(
                                nodeId,
                                config.analysisWorkers(),
                                AnalysisWorker.Config.DEFAULT_LEASE,
                                AnalysisWorker.Config.DEFAULT_POLL,
                                AnalysisWorker.Config.DEFAULT_MAX_ATTEMPTS,
                                scratch.resolve("analysis")),
                        storage.analysis(),
                        storage.files(),
                        new Analyzer(storage.files(), storage.executions(), blobs, analysis),
                        analysis,
                        clock);
        // upload processing and the file sweeps belong to the nodes that take uploads
        background = role.servesApi()
                ? new Background(
                        storage.files(),
                        new UploadProcessor(storage.files(), blobs, renditions, clock, scratch.resolve("uploads")),
                        clock,
                        config.temporaryRetention(),
                        analysisWorker == null ? () -> {} : analysisWorker::wake,
                        s3 == null ? java.time.Duration.ZERO : PRESIGNED_EXPIRY_GRACE)
                : null;
        uploads = s3 != null && background != null
                ? new PresignedUploads(
                        s3,
                        storage.files(),
                        config.maxUploadBytes(),
                        clock,
                        java.time.Duration.ofSeconds(1),
                        background::process)
                : null;

        PublicUrl publicUrl = new PublicUrl();
        byte[] urlKey = ServerKeys.urlSigning(storage, data);
        MediaUrls urls = new MediaUrls(
                new UrlSigner(urlKey),
                publicUrl,
                config.signedUrlTtl(),
                clock,
                s3 == null ? null : ServerKeys.directLinks(s3));
        Views views = new Views(urls, storage.files());
        SecretBox secrets = new SecretBox(ServerKeys.webhookSecrets(config));
        PayloadRenderer bodies =
                new PayloadRenderer(storage.executions(), storage.files(), views, storage.deliveryQueue());
        dispatcher = new WebhookDispatcher(
                storage.deliveryQueue(),
                storage.webhookEndpoints(),
                bodies,
                guard,
                secrets,
                config.webhooks(),
                clock,
                nodeId);
        if (role.servesApi()) {
            // webhook delivery is network waiting, not computing: it belongs to the API nodes, so a worker
            // killed mid-run never leaves a sent-but-unrecorded delivery behind (which would be sent again)
            storage.onWebhookMessages(dispatcher::wake);
        }
        if (worker != null) {
            storage.onExecutionsQueued(worker::wake);
        }
        WebhookEndpoints webhookEndpoints = new WebhookEndpoints(
                storage.webhookEndpoints(),
                guard,
                secrets,
                config.webhooksAllowHttp(),
                config.webhooks().secretOverlap(),
                clock);
        RouteTable routes = new RouteTable();
        heartbeat = new NodeHeartbeat(
                storage.nodes(),
                nodeId,
                role.wire(),
                ServerVersion.get(),
                worker == null ? 0 : config.workers(),
                clock);
        ServiceRoutes service = new ServiceRoutes(
                readiness(),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                config.metricsToken(),
                heartbeat::describe);
        RateLimiter limiter = new RateLimiter(storage.rateLimits(), config.rateLimits(), team.id(), clock);
        if (role.servesApi()) {
            new ApiRoutes(
                            limiter,
                            guard,
                            config,
                            storage,
                            blobs,
                            tools,
                            catalog,
                            executions,
                            files,
                            analysis,
                            audio,
                            presenters,
                            urls,
                            publicUrl,
                            views,
                            bodies,
                            webhookEndpoints,
                            dispatcher,
                            background,
                            data,
                            scratch,
                            clock)
                    .register(routes);
        }
        service.register(routes);
        this.routes = routes;
        app = Http.create(routes, keys, limiter, config.host(), config.listCap());
        app.start(config.port());
        baseUrl = config.publicBaseUrl(app.port());
        publicUrl.set(baseUrl);
        heartbeat.start();
        if (background != null) {
            background.start();
        }
        if (uploads != null) {
            uploads.start();
        }
        if (worker != null) {
            worker.start();
        }
        if (role.servesApi()) {
            dispatcher.start();
        }
        if (analysisWorker != null) {
            analysisWorker.start();
        }
        log.info("node {} started as {}", nodeId, role.wire());
    }

    /** How long a presigned upload may still be noticed after its URL expired (the watcher's delay). */
    static final java.time.Duration PRESIGNED_EXPIRY_GRACE = java.time.Duration.ofSeconds(30);

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

    /** Runs the webhook delivery log sweep now, for tests. */
    void sweepWebhookLogNow() {
        dispatcher.sweep();
    }

    /** Runs the periodic file sweeps now (expired uploads, temporary retention), for tests. */
    void sweepNow() {
        if (background != null) {
            background.sweep();
        }
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
        checks.put("heartbeat", () -> heartbeat.healthy() ? null : "this node's heartbeat is not being written");
        return checks;
    }

    @Override
    public void close() {
        log.info("stopping");
        app.stop();
        if (uploads != null) {
            uploads.close();
        }
        if (worker != null) {
            worker.close();
        }
        dispatcher.close();
        if (analysisWorker != null) {
            analysisWorker.close();
        }
        if (background != null) {
            background.close();
        }
        heartbeat.close();
        blobs.close();
        storage.close();
    }
}
