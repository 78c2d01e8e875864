package dev.framewright.sdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A loopback reverse proxy in front of the real server that can misbehave on cue: answer a scripted
 * status without forwarding, or forward a request and then drop the connection without answering
 * (the server did the work; the client never hears of it). Every request it sees is recorded.
 */
final class FaultProxy implements AutoCloseable {
    private static final Set<String> HOP = Set.of(
            "connection", "content-length", "host", "transfer-encoding", "upgrade", "expect", "keep-alive", "date");

    /** A request as the proxy saw it. */
    record Seen(String method, String path, Map<String, List<String>> headers, int answered, String responseBody) {
        String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** What to do with a matching request, once. */
    sealed interface Fault {}

    /** Answer {@code status} with these headers and an ApiError-like JSON body; do not forward. */
    record Answer(int status, Map<String, String> headers, String body) implements Fault {}

    /** Forward, let the server complete the request, then close the connection without answering. */
    record DropAfterForward() implements Fault {}

    private record Rule(Predicate<String> when, Fault fault) {}

    private final HttpServer server;
    private final URI target;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Seen> seen = new ArrayList<>();

    FaultProxy(String targetBaseUrl) throws IOException {
        this.target = URI.create(targetBaseUrl);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Applies {@code fault} to the next request whose {@code "METHOD /path"} matches. */
    synchronized FaultProxy once(Predicate<String> when, Fault fault) {
        rules.add(new Rule(when, fault));
        return this;
    }

    synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** The requests seen whose {@code "METHOD /path"} starts with {@code prefix}. */
    List<Seen> seen(String prefix) {
        return seen().stream()
                .filter(s -> (s.method() + " " + s.path()).startsWith(prefix))
                .toList();
    }

    private synchronized Fault take(String line) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule r = it.next();
            if (r.when().test(line)) {
                it.remove();
                return r.fault();
            }
        }
        return null;
    }

    private synchronized void record(HttpExchange ex, int answered, byte[] responseBody) {
        seen.add(new Seen(
                ex.getRequestMethod(),
                ex.getRequestURI().getRawPath(),
                Map.copyOf(ex.getRequestHeaders()),
                answered,
                new String(responseBody, java.nio.charset.StandardCharsets.UTF_8)));
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String line = ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath();
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            Fault fault = take(line);
            if (fault instanceof Answer a) {
                record(ex, a.status(), a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
                ex.getResponseHeaders().add("Content-Type", "application/json");
                byte[] out = a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                ex.sendResponseHeaders(a.status(), out.length);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
                return;
            }
            HttpResponse<byte[]> r = forward(ex, body);
            if (fault instanceof DropAfterForward) {
                record(ex, -1, r.body());
                return; // closing the exchange without response headers closes the connection
            }
            record(ex, r.statusCode(), r.body());
            r.headers().map().forEach((k, vs) -> {
                if (!HOP.contains(k.toLowerCase(java.util.Locale.ROOT)) && !k.startsWith(":")) {
                    vs.forEach(v -> ex.getResponseHeaders().add(k, v));
                }
            });
            byte[] out = r.body();
            ex.sendResponseHeaders(r.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            }
        } finally {
            ex.close();
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange ex, byte[] body) throws IOException {
        URI uri = target.resolve(ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + ex.getRequestURI().getRawQuery()));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .method(
                        ex.getRequestMethod(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        ex.getRequestHeaders().forEach((k, vs) -> {
            if (!HOP.contains(k.toLowerCase(java.util.Locale.ROOT))) {
                vs.forEach(v -> b.header(k, v));
            }
        });
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
