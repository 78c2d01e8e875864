package dev.framewright.sdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/** A webhook receiver on loopback (the JDK's HTTP server) that records every request and answers 200. */
final class Receiver implements AutoCloseable {
    /** One request as received: the raw body and the headers, untouched. */
    record Received(String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            synchronized (this) {
                received.add(new Received(ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()), body));
                notifyAll();
            }
            ex.sendResponseHeaders(200, -1);
        } finally {
            ex.close();
        }
    }

    /** Waits until {@code count} requests match, and returns them in arrival order. */
    synchronized List<Received> await(Predicate<Received> match, int count, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Received> hits = received.stream().filter(match).toList();
            if (hits.size() >= count) {
                return hits;
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " matching webhook requests, got " + hits.size() + " of "
                        + received.size());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
