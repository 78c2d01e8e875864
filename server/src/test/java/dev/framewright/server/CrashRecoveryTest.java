package dev.framewright.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.server.http.Json;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executions survive a real crash: the server runs as its own process, is {@code kill -9}ed while
 * several upscale-video executions run, and is started again. Every execution ends terminal with
 * exactly one set of results, and no ffmpeg process is left behind — on SQLite and on PostgreSQL.
 */
class CrashRecoveryTest {
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onSqlite() throws Exception {
        crashAndRecover(tmp.resolve("data"));
    }

    @Test
    void onPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            crashAndRecover(
                    tmp.resolve("data"),
                    "--database-url",
                    pg.getJdbcUrl("postgres", "postgres"),
                    "--database-user",
                    "postgres");
        }
    }

    private void crashAndRecover(Path data, String... db) throws Exception {
        List<String> flags = new ArrayList<>(List.of("--workers", "2", "--lease-seconds", "3"));
        flags.addAll(List.of(db));
        int port = ServerProcess.freePort();
        List<String> execIds = new ArrayList<>();
        Map<String, Integer> wanted = new java.util.HashMap<>();
        try (ServerProcess first = ServerProcess.start(data, port, flags.toArray(String[]::new))) {
            String video = upload(first.base(), Videos.mp4(tmp, 320, 180, 5));
            for (int i = 0; i < 4; i++) {
                int n = i == 0 ? 2 : 1;
                String id = post(
                                first.base(),
                                "/v1/tools/upscale-video",
                                "{\"videoStorageFileId\":\"" + video + "\",\"numResults\":" + n + "}")
                        .get("toolExecutionId")
                        .asText();
                execIds.add(id);
                wanted.put(id, n);
            }
            await(
                    first.base(),
                    () -> execIds.stream().anyMatch(id -> {
                        JsonNode e = get(first.base(), "/v1/tools/executions/" + id);
                        return e.get("status").asText().equals("running")
                                && e.get("progressPercentage").asInt() > 0;
                    }),
                    Duration.ofSeconds(90));
            assertThat(Videos.ffmpegUnder(data.resolve("tmp/executions"))).isNotEmpty();
            first.kill();
        }
        // the kernel kills the engines with their server (parent-death signal)
        awaitNoFfmpeg(data);

        try (ServerProcess second = ServerProcess.start(data, port, flags.toArray(String[]::new))) {
            for (String id : execIds) {
                JsonNode end = awaitTerminal(second.base(), id, Duration.ofSeconds(180));
                assertThat(end.get("status").asText()).as(end.toString()).isEqualTo("succeeded");
                assertThat(end.get("results")).hasSize(wanted.get(id));
                assertThat(end.get("progressPercentage").asInt()).isEqualTo(100);
            }
            JsonNode files = get(second.base(), "/v1/files").get("files");
            for (String id : execIds) {
                long outputs = 0;
                for (JsonNode f : files) {
                    if (id.equals(f.path("sourceToolExecutionId").asText(null))) {
                        outputs++;
                    }
                }
                assertThat(outputs).as("outputs of " + id).isEqualTo((long) wanted.get(id));
            }
            awaitNoFfmpeg(data);
        }
    }

    private void awaitNoFfmpeg(Path data) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Videos.ffmpegUnder(data.resolve("tmp/executions")).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(Videos.ffmpegUnder(data.resolve("tmp/executions")))
                .as("orphan ffmpeg processes")
                .isEmpty();
    }

    private JsonNode awaitTerminal(String base, String id, Duration timeout) throws Exception {
        JsonNode[] last = new JsonNode[1];
        await(
                base,
                () -> {
                    last[0] = get(base, "/v1/tools/executions/" + id);
                    return last[0].get("status").asText().matches("succeeded|failed|cancelled");
                },
                timeout);
        return last[0];
    }

    private String upload(String base, byte[] bytes) throws Exception {
        JsonNode created = post(base, "/v1/files/upload", "{\"displayName\":\"crash.mp4\"}");
        String fileId = created.get("fileId").asText();
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(
                                java.net.URI.create(created.get("uploadUrl").asText()))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        await(
                base,
                () -> {
                    JsonNode f = get(base, "/v1/files/" + fileId);
                    return f.path("downloadSource").path("status").asText().equals("ready")
                            && !f.path("hlsSource").path("status").asText().equals("pending");
                },
                Duration.ofSeconds(60));
        return fileId;
    }

    private JsonNode post(String base, String path, String json) {
        return call(HttpRequest.newBuilder(java.net.URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private JsonNode get(String base, String path) {
        return call(HttpRequest.newBuilder(java.net.URI.create(base + path)));
    }

    private JsonNode call(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(
                    b.header("Authorization", "Bearer " + TestServer.KEY).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
            return Json.MAPPER.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(String base, java.util.function.BooleanSupplier done, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out against " + base);
    }
}
