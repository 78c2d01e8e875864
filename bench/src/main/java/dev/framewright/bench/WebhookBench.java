package dev.framewright.bench;

import com.sun.net.httpserver.HttpServer;
import dev.framewright.contract.IdPrefix;
import dev.framewright.contract.ToolType;
import dev.framewright.contract.WebhookEndpointStatus;
import dev.framewright.contract.WebhookEventName;
import dev.framewright.core.Ids;
import dev.framewright.core.auth.Team;
import dev.framewright.core.auth.Teams;
import dev.framewright.core.executions.ExecutionRecord;
import dev.framewright.core.files.UrlSigner;
import dev.framewright.core.webhooks.RetrySchedule;
import dev.framewright.core.webhooks.SecretBox;
import dev.framewright.core.webhooks.SigningSecrets;
import dev.framewright.core.webhooks.WebhookEndpointRecord;
import dev.framewright.server.api.Views;
import dev.framewright.server.config.WebhookSettings;
import dev.framewright.server.media.MediaUrls;
import dev.framewright.server.outbound.ResolvingOutboundGuard;
import dev.framewright.server.webhooks.PayloadRenderer;
import dev.framewright.server.webhooks.WebhookDispatcher;
import dev.framewright.store.jdbc.JdbcStorage;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * Webhook delivery with the real outbox, dispatcher, renderer, signer and pinned HTTP client, to a
 * loopback receiver that answers 204 at once: the time from the call that writes an execution's
 * terminal status to the first delivery attempt arriving (p50/p99, one execution every 5 ms), and
 * deliveries per second when a dispatcher starts on a backlog of messages.
 */
final class WebhookBench {
    /** Results of one backend. */
    record Result(String backend, double p50Ms, double p99Ms, double perSecond, int deliveries) {}

    private final Map<String, Long> settledAt = new ConcurrentHashMap<>();
    private final Map<String, Long> arrivedAt = new ConcurrentHashMap<>();

    Result run(String backend, JdbcStorage storage, int samples, int backlog) throws Exception {
        HttpServer receiver = receiver();
        try {
            Clock clock = Clock.systemUTC();
            Team team = new Teams(storage.teams(), clock).create("hooks-" + System.nanoTime(), true, 1000);
            SecretBox box = new SecretBox(Ids.randomBytes(32));
            storage.webhookEndpoints()
                    .insert(endpoint(team, box, receiver.getAddress().getPort()));
            WebhookDispatcher first = dispatcher(storage, box, clock);
            first.start();
            settle(storage, team, 200, 2); // warm-up: JIT, connections, SQLite pages
            awaitArrivals(200);
            List<Long> latencies = new ArrayList<>();
            List<String> sampled = settle(storage, team, samples, 5);
            awaitArrivals(200 + samples);
            sampled.forEach(id -> latencies.add(arrivedAt.get(id) - settledAt.get(id)));
            first.close();
            settle(storage, team, backlog, 0); // written while no dispatcher runs: a backlog
            WebhookDispatcher second = dispatcher(storage, box, clock);
            long t0 = System.nanoTime();
            second.start();
            awaitArrivals(200 + samples + backlog);
            double seconds = (System.nanoTime() - t0) / 1e9;
            second.close();
            Collections.sort(latencies);
            return new Result(
                    backend,
                    latencies.get(latencies.size() / 2) / 1e6,
                    latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1) / 1e6,
                    backlog / seconds,
                    backlog);
        } finally {
            receiver.stop(0);
        }
    }

    private static WebhookEndpointRecord endpoint(Team team, SecretBox box, int port) {
        String id = Ids.newId(IdPrefix.WEBHOOK_ENDPOINT);
        String secret = SigningSecrets.generate();
        return new WebhookEndpointRecord(
                id,
                team.id(),
                "http://127.0.0.1:" + port + "/hook",
                List.of(WebhookEventName.TOOL_EXECUTION_SUCCEEDED),
                "bench",
                WebhookEndpointStatus.ACTIVE,
                null,
                box.seal(secret, id),
                SigningSecrets.last4(secret),
                null,
                null,
                Clock.systemUTC().instant());
    }

    private static WebhookDispatcher dispatcher(JdbcStorage storage, SecretBox box, Clock clock) {
        MediaUrls urls = new MediaUrls(
                new UrlSigner(Ids.randomBytes(32)), () -> "http://127.0.0.1:8080", Duration.ofHours(1), clock);
        PayloadRenderer renderer = new PayloadRenderer(
                storage.executions(), storage.files(), new Views(urls, storage.files()), storage.deliveryQueue());
        WebhookDispatcher d = new WebhookDispatcher(
                storage.deliveryQueue(),
                storage.webhookEndpoints(),
                renderer,
                new ResolvingOutboundGuard(true),
                box,
                new WebhookSettings(
                        RetrySchedule.DEFAULT, Duration.ofSeconds(15), Duration.ofHours(24), Duration.ofDays(30), null),
                clock,
                "bench");
        storage.onWebhookMessages(d::wake);
        return d;
    }

    /** Runs {@code n} executions to success (insert, claim, succeed), {@code pauseMs} apart. */
    private List<String> settle(JdbcStorage storage, Team team, int n, long pauseMs) throws InterruptedException {
        List<String> ids = new ArrayList<>();
        Clock clock = Clock.systemUTC();
        for (int i = 0; i < n; i++) {
            ExecutionRecord e = ExecutionRecord.pending(
                    Ids.newId(IdPrefix.EXECUTION),
                    team.id(),
                    null,
                    ToolType.UPSCALE_IMAGE,
                    "{}",
                    1,
                    false,
                    false,
                    clock.instant());
            storage.executions().insert(e);
            ExecutionRecord run = storage.executions()
                    .claim("bench", clock.instant(), Duration.ofMinutes(5))
                    .orElseThrow();
            settledAt.put(run.id(), System.nanoTime());
            storage.executions().succeed(run.id(), "bench", run.attempt(), List.of(), clock.instant());
            ids.add(run.id());
            if (pauseMs > 0) {
                Thread.sleep(pauseMs);
            }
        }
        return ids;
    }

    private HttpServer receiver() throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.createContext("/hook", ex -> {
            String body;
            try (InputStream in = ex.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int at = body.indexOf("\"toolExecutionId\":\"") + 19;
            arrivedAt.putIfAbsent(body.substring(at, body.indexOf('"', at)), System.nanoTime());
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return server;
    }

    private void awaitArrivals(int n) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (arrivedAt.size() < n) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("only " + arrivedAt.size() + " of " + n + " webhooks arrived");
            }
            Thread.sleep(5);
        }
    }
}
