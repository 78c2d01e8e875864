package dev.framewright.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.server.config.ConfigSources;
import dev.framewright.server.config.ServerConfig;
import dev.framewright.server.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A real server on a free loopback port with its own data folder, and a small HTTP client for tests. */
final class TestServer implements AutoCloseable {
    static final String KEY = "test-key-0123456789-abcdefghij";

    final FramewrightServer server;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(FramewrightServer server) {
        this.server = server;
    }

    static TestServer start(Path dataDir, String... extraFlags) throws IOException {
        return start(dataDir, Clock.systemUTC(), extraFlags);
    }

    static TestServer start(Path dataDir, Clock clock, String... extraFlags) throws IOException {
        List<String> flags = new ArrayList<>(List.of(
                "--port",
                "0",
                "--host",
                "127.0.0.1",
                "--data-dir",
                dataDir.toString(),
                "--bootstrap-api-key",
                KEY,
                "--workers",
                "2",
                // analysis (OCR, speech, the embedding model) runs only where a test turns it on
                "--analysis-workers",
                "0"));
        flags.addAll(List.of(extraFlags));
        ServerConfig config = ServerConfig.from(ConfigSources.load(flags, Map.of()));
        return new TestServer(FramewrightServer.start(config, clock));
    }

    /** A server configured through environment variables, as an operator would (defaults ← env). */
    static TestServer startWithEnv(Path dataDir, Map<String, String> env) throws IOException {
        return startWithEnv(dataDir, Clock.systemUTC(), env);
    }

    /** As {@link #startWithEnv(Path, Map)}, on {@code clock}. */
    static TestServer startWithEnv(Path dataDir, Clock clock, Map<String, String> env) throws IOException {
        List<String> flags = List.of(
                "--port",
                "0",
                "--host",
                "127.0.0.1",
                "--data-dir",
                dataDir.toString(),
                "--bootstrap-api-key",
                KEY,
                "--analysis-workers",
                "0");
        ServerConfig config = ServerConfig.from(ConfigSources.load(flags, env));
        return new TestServer(FramewrightServer.start(config, clock));
    }

    String base() {
        return server.baseUrl();
    }

    /** A response with its body parsed as JSON when it is JSON. */
    record Res(int status, Map<String, List<String>> headers, String body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        String code() {
            return json().path("code").asText(null);
        }
    }

    Res get(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + KEY)
                .GET());
    }

    Res post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with no body and no Content-Type, as the SDKs send for cancel, hydrate and the like. */
    Res postEmpty(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    Res send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Res(r.statusCode(), new HashMap<>(r.headers().map()), r.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl);
    }

    /** Polls {@code path} until {@code done} holds or the timeout passes; returns the last response. */
    JsonNode await(String path, java.util.function.Predicate<JsonNode> done, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < end) {
            Res r = get(path);
            last = r.json();
            if (r.status() == 200 && done.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting on " + path + "; last: " + last);
    }

    /** Uploads bytes and waits until every rendition settled (so no processing runs beside a tool). */
    String uploadReady(byte[] bytes, String name) throws InterruptedException {
        JsonNode created =
                post("/v1/files/upload", "{\"displayName\":\"" + name + "\"}").json();
        String fileId = created.get("fileId").asText();
        Res put = send(HttpRequest.newBuilder(uri(created.get("uploadUrl").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)));
        if (put.status() != 200) {
            throw new AssertionError("upload failed: " + put.body());
        }
        await(
                "/v1/files/" + fileId,
                f -> f.path("downloadSource").path("status").asText().equals("ready")
                        && !f.path("previewSource").path("status").asText().equals("pending")
                        && !f.path("hlsSource").path("status").asText().equals("pending"),
                Duration.ofSeconds(60));
        return fileId;
    }

    JsonNode awaitTerminal(String execId, Duration timeout) throws InterruptedException {
        return await(
                "/v1/tools/executions/" + execId,
                e -> e.get("status").asText().matches("succeeded|failed|cancelled"),
                timeout);
    }

    @Override
    public void close() {
        server.close();
    }
}
