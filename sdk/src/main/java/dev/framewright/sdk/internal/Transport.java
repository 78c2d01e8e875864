package dev.framewright.sdk.internal;

import dev.framewright.sdk.RequestListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sends requests with authentication, retries and error mapping (API.md §1.10); one per client,
 * shared by its namespaces and thread-safe. Not part of the public API.
 *
 * <p>Retried: 408, 409, 429 and 5xx (the server leaves no partial state behind those), and transport
 * failures of calls that are safe to send twice. Every other non-2xx becomes a {@code
 * VideoGenException}; transport failures stay {@link IOException}s.
 */
public final class Transport {
    private static final int MAX_ERROR_BODY = 1 << 20;

    private final ClientSettings settings;
    private final Backoff backoff;

    public Transport(ClientSettings settings) {
        this.settings = settings;
        this.backoff = new Backoff(settings.retryBaseDelay(), settings.maxRetryDelay(), settings.clock());
    }

    public ClientSettings settings() {
        return settings;
    }

    /**
     * Sends an API call and reads the JSON response as {@code type}.
     *
     * @return the parsed body, or {@code null} for an empty body (204)
     * @throws IOException on a transport failure, or a 2xx body that is not the expected JSON
     */
    public <T> T call(Call call, Class<T> type) throws IOException {
        URI uri = settings.baseUri().resolve(settings.baseUri().getRawPath() + call.target());
        HttpResponse<byte[]> r = send(
                call.method(),
                uri,
                () -> apiRequest(call, uri, "application/json"),
                HttpResponse.BodyHandlers.ofByteArray(),
                call.retryOnTransportFailure());
        byte[] body = r.body();
        if (type == Void.class || body == null || body.length == 0) {
            return null;
        }
        try {
            return Json.read(body, type);
        } catch (IOException e) {
            throw new IOException(
                    call + " answered " + r.statusCode() + " with a body that is not a " + type.getSimpleName() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * Opens an authenticated streaming GET (Server-Sent Events). Errors and retries happen before the
     * stream starts; the caller closes the body.
     */
    public HttpResponse<InputStream> openStream(Call call, Map<String, String> headers) throws IOException {
        URI uri = settings.baseUri().resolve(settings.baseUri().getRawPath() + call.target());
        return send(
                call.method(),
                uri,
                () -> {
                    HttpRequest.Builder b = apiRequest(call, uri, "text/event-stream");
                    headers.forEach(b::setHeader);
                    return b;
                },
                HttpResponse.BodyHandlers.ofInputStream(),
                true);
    }

    /**
     * GETs an absolute URL without authentication (signed media URLs need none). Retried after
     * transport failures and 5xx; the caller closes the body.
     */
    public HttpResponse<InputStream> fetch(URI url) throws IOException {
        return send(
                "GET",
                url,
                () -> HttpRequest.newBuilder(url)
                        .timeout(settings.timeout())
                        .header("User-Agent", settings.userAgent())
                        .GET(),
                HttpResponse.BodyHandlers.ofInputStream(),
                true);
    }

    /**
     * PUTs bytes to an absolute upload URL without authentication (API.md §3.5).
     *
     * @param body a fresh publisher per attempt
     * @param replayable whether {@code body} can publish the bytes again, so that a failed attempt
     *     may be retried (an interrupted transfer does not consume the URL)
     * @param timeout the whole transfer's limit, or {@code null} for none
     */
    public void put(URI url, Supplier<HttpRequest.BodyPublisher> body, boolean replayable, Duration timeout)
            throws IOException {
        send(
                "PUT",
                url,
                () -> {
                    HttpRequest.Builder b = HttpRequest.newBuilder(url)
                            .header("User-Agent", settings.userAgent())
                            .header("Content-Type", "application/octet-stream")
                            .PUT(body.get());
                    if (timeout != null) {
                        b.timeout(timeout);
                    }
                    return b;
                },
                HttpResponse.BodyHandlers.discarding(),
                replayable);
    }

    private HttpRequest.Builder apiRequest(Call call, URI uri, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Accept", accept)
                .header("User-Agent", settings.userAgent());
        if (call.idempotencyKey() != null) {
            b.header("Idempotency-Key", call.idempotencyKey());
        }
        if (call.body() == null) {
            return b.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return b.header("Content-Type", "application/json")
                .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(Json.write(call.body())));
    }

    private <B> HttpResponse<B> send(
            String method,
            URI uri,
            Supplier<HttpRequest.Builder> request,
            HttpResponse.BodyHandler<B> handler,
            boolean retryOnTransportFailure)
            throws IOException {
        RequestListener listener = settings.listener();
        HttpClient http = settings.http();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<B> r;
            try {
                r = http.send(request.get().build(), handler);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException(method + " " + uri + " interrupted");
            } catch (IOException e) {
                if (!retryOnTransportFailure || attempt >= settings.maxRetries() || isInterruption(e)) {
                    throw e;
                }
                Duration delay = backoff.delay(attempt, 0, Map.of());
                int failed = attempt;
                quietly(() -> listener.retryScheduled(method, uri, failed, delay, 0, e));
                sleep(delay);
                continue;
            }
            int status = r.statusCode();
            int tried = attempt;
            quietly(() -> listener.responseReceived(
                    method, uri, status, r.headers().firstValue("X-Request-Id").orElse(null), tried));
            if (status >= 200 && status < 300) {
                return r;
            }
            byte[] body = drain(r.body());
            if (retryable(status, method, retryOnTransportFailure) && attempt < settings.maxRetries()) {
                Duration delay = backoff.delay(attempt, status, r.headers().map());
                quietly(() -> listener.retryScheduled(method, uri, tried, delay, status, null));
                sleep(delay);
                continue;
            }
            throw Errors.from(status, body, r.headers().map());
        }
    }

    /**
     * 408, 409, 429 and 5xx (API.md §1.10). A non-replayable PUT is not retried at all: its body is
     * spent.
     */
    private static boolean retryable(int status, String method, boolean replayable) {
        if (method.equals("PUT") && !replayable) {
            return false;
        }
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    private static boolean isInterruption(IOException e) {
        return e instanceof InterruptedIOException && !(e instanceof java.net.http.HttpTimeoutException);
    }

    private static byte[] drain(Object body) {
        if (body instanceof byte[]) {
            return (byte[]) body;
        }
        if (body instanceof InputStream) {
            try (InputStream in = (InputStream) body) {
                return in.readNBytes(MAX_ERROR_BODY);
            } catch (IOException e) {
                return new byte[0];
            }
        }
        return new byte[0];
    }

    private static void sleep(Duration d) throws InterruptedIOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // listeners never break a request
        }
    }
}
