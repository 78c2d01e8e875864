package dev.framewright.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.framewright.server.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A real webhook receiver on loopback (the JDK's HTTP server): records every request and answers as
 * scripted per path (default 200). Signatures are checked with the Standard Webhooks library.
 */
final class WebhookReceiver implements AutoCloseable {
    /** One received request. */
    record Received(String path, Map<String, List<String>> headers, String body, Instant at) {
        String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        String webhookId() {
            return header("webhook-id");
        }

        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** Verifies the signature with {@code secret} (±5 min of the real time), as receivers do. */
        boolean verifies(String secret) {
            try {
                new Webhook(secret).verify(body, headers);
                return true;
            } catch (Exception e) {
                return false;
            }
        }
    }

    /** A scripted answer: status, extra headers, and a delay before answering. */
    record Answer(int status, Map<String, String> headers, Duration delay) {
        static Answer of(int status) {
            return new Answer(status, Map.of(), Duration.ZERO);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Received, Answer>> scripts = new ConcurrentHashMap<>();
    private HttpServer server;
    private int port;

    private WebhookReceiver() {}

    static WebhookReceiver start() throws IOException {
        WebhookReceiver r = new WebhookReceiver();
        r.listen(0);
        return r;
    }

    /** Starts again on the same port after {@link #stop()}. */
    void restart() throws IOException {
        listen(port);
    }

    private void listen(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 50);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        port = server.getAddress().getPort();
    }

    /** The URL of {@code path} on this receiver. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Answers requests to {@code path} with {@code script} (instead of 200). */
    void script(String path, Function<Received, Answer> script) {
        scripts.put(path, script);
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new HashMap<>();
        Headers h = ex.getRequestHeaders();
        h.forEach((k, v) -> headers.put(k, List.copyOf(v)));
        Received r = new Received(
                ex.getRequestURI().getPath(), headers, new String(body, StandardCharsets.UTF_8), Instant.now());
        received.add(r);
        Answer a = scripts.getOrDefault(r.path(), x -> Answer.of(200)).apply(r);
        try {
            Thread.sleep(a.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(a.status(), -1);
        ex.close();
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits until the requests to {@code path} satisfy {@code done}; returns them. */
    List<Received> await(String path, Predicate<List<Received>> done, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            List<Received> now = at(path);
            if (done.test(now)) {
                return now;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting on " + path + "; got " + describe(at(path)));
    }

    static List<String> describe(List<Received> rs) {
        List<String> out = new ArrayList<>();
        rs.forEach(r -> out.add(r.webhookId() + " " + r.body()));
        return out;
    }

    void stop() {
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
    }
}
