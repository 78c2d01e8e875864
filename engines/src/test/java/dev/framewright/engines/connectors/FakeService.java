package dev.framewright.engines.connectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A provider on loopback that speaks just enough of its protocol: handlers by path prefix, and a log
 * of every request as {@code "METHOD /path?query"} with its body.
 */
final class FakeService implements AutoCloseable {
    /** One scripted answer. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange ex, byte[] body) throws IOException, InterruptedException;
    }

    record Call(String line, byte[] body, Map<String, List<String>> headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final HttpServer server;

    FakeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            String line = ex.getRequestMethod() + " " + ex.getRequestURI();
            calls.add(new Call(line, body, Map.copyOf(ex.getRequestHeaders())));
            Handler h = handlers.entrySet().stream()
                    .filter(e -> line.startsWith(e.getKey()))
                    .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                    .map(Map.Entry::getValue)
                    .orElse((x, b) -> send(x, 404, "application/json", "{\"error\":\"no such route\"}"));
            try {
                h.handle(ex, body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client went away
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    /** Answers requests whose {@code "METHOD /path"} starts with {@code prefix}. */
    FakeService on(String prefix, Handler h) {
        handlers.put(prefix, h);
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    boolean called(String prefix) {
        return calls.stream().anyMatch(c -> c.line().startsWith(prefix));
    }

    Call first(String prefix) {
        return calls.stream()
                .filter(c -> c.line().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    /** Streams {@code bytes} of zeros with no length header (an endless-looking body). */
    static void stream(HttpExchange ex, long bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "image/png");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            byte[] chunk = new byte[64 * 1024];
            for (long sent = 0; sent < bytes; sent += chunk.length) {
                out.write(chunk);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
