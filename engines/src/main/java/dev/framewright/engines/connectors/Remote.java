package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run's conversation with a remote service: every request and body read is bounded by the run's
 * deadline and stops within ~100 ms of a cancel (the body stream is closed under the reader), bodies
 * are capped, and provider errors become {@link ToolFailure}s with the provider's own message.
 */
public final class Remote {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Largest JSON answer read (base64 images included). */
    static final long MAX_JSON_BYTES = 96L << 20;

    private static final long POLL_MILLIS = 100;

    private final Outbound outbound;
    private final ToolContext ctx;
    private final String provider;
    private final long deadline;
    private final Duration timeout;

    public Remote(Outbound outbound, ToolContext ctx, String provider, Duration timeout) {
        this.outbound = outbound;
        this.ctx = ctx;
        this.provider = provider;
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /** Sends and returns the response (any status); the caller reads or closes its body. */
    HttpResponse<InputStream> send(HttpRequest.Builder request) throws ToolFailure, InterruptedException {
        Duration left = Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
        CompletableFuture<HttpResponse<InputStream>> f =
                outbound.send(request.timeout(left).build());
        try {
            return await(f);
        } catch (ExecutionException e) {
            throw transport(e.getCause());
        }
    }

    /** Sends, requires a 2xx JSON answer and parses it. */
    JsonNode json(HttpRequest.Builder request) throws ToolFailure, InterruptedException {
        return json(request, MAX_JSON_BYTES);
    }

    /** As {@link #json(HttpRequest.Builder)}, reading at most {@code maxBytes} of answer. */
    JsonNode json(HttpRequest.Builder request, long maxBytes) throws ToolFailure, InterruptedException {
        HttpResponse<InputStream> r = send(request.header("Accept", "application/json"));
        byte[] body = read(r.body(), maxBytes, "answer");
        requireSuccess(r.statusCode(), body);
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw ToolFailure.engineFailed(provider + " answered with something that is not JSON");
        }
    }

    /** Sends, requires 2xx and streams the body into {@code file}, at most {@code maxBytes}. */
    Path download(HttpRequest.Builder request, Path file, long maxBytes) throws ToolFailure, InterruptedException {
        HttpResponse<InputStream> r = send(request);
        if (r.statusCode() / 100 != 2) {
            requireSuccess(r.statusCode(), read(r.body(), 64 * 1024, "error"));
        }
        copy(r.body(), file, maxBytes);
        return file;
    }

    /** Waits before the next poll, still honouring cancel and deadline. */
    void pause(Duration d) throws ToolFailure, InterruptedException {
        long until = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < until) {
            check();
            Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
        }
        check();
    }

    /** Fails when the run was cancelled or its deadline passed. */
    void check() throws ToolFailure {
        if (ctx.cancelled()) {
            throw ToolFailure.engineFailed("The request to " + provider + " was stopped: the run was cancelled");
        }
        if (System.nanoTime() - deadline >= 0) {
            throw new ToolFailure(
                    ErrorCode.TIMED_OUT, provider + " did not finish within " + timeout.toSeconds() + " s", true, null);
        }
    }

    boolean cancelled() {
        return ctx.cancelled();
    }

    String provider() {
        return provider;
    }

    private <T> T await(CompletableFuture<T> f) throws ExecutionException, ToolFailure, InterruptedException {
        while (true) {
            try {
                return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                try {
                    check();
                } catch (ToolFailure stop) {
                    f.cancel(true);
                    throw stop;
                }
            } catch (InterruptedException e) {
                f.cancel(true);
                throw e;
            }
        }
    }

    byte[] read(InputStream body, long max, String what) throws ToolFailure, InterruptedException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        pump(body, out, max, what);
        return out.toByteArray();
    }

    private void copy(InputStream body, Path file, long max) throws ToolFailure, InterruptedException {
        try (OutputStream out = Files.newOutputStream(file)) {
            pump(body, out, max, "result");
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The result could not be written", true, e);
        }
    }

    /** Copies on a virtual thread; a cancel or the deadline closes the stream under it. */
    private void pump(InputStream body, OutputStream out, long max, String what)
            throws ToolFailure, InterruptedException {
        CompletableFuture<Long> copied = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            long total = 0;
            byte[] buf = new byte[1 << 16];
            try (body) {
                for (int n; (n = body.read(buf)) >= 0; ) {
                    total += n;
                    if (total > max) {
                        copied.complete(-1L);
                        return;
                    }
                    out.write(buf, 0, n);
                }
                copied.complete(total);
            } catch (IOException | RuntimeException e) {
                copied.completeExceptionally(e);
            }
        });
        try {
            long n = await(copied);
            if (n < 0) {
                throw ToolFailure.engineFailed(
                        provider + " sent more than " + mib(max) + " MiB (" + what + "); it was not kept");
            }
        } catch (ExecutionException e) {
            throw transport(e.getCause());
        } finally {
            closeQuietly(body);
        }
    }

    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.0f", Math.max(1, bytes / (double) (1 << 20)));
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // already failing or done
        }
    }

    /** A non-2xx status as a failure with the provider's message. */
    void requireSuccess(int status, byte[] body) throws ToolFailure {
        if (status / 100 == 2) {
            return;
        }
        String detail = ProviderErrors.message(body);
        String suffix = detail.isEmpty() ? "" : ": " + detail;
        if (status == 401 || status == 403) {
            throw ToolFailure.engineFailed(
                    provider + " rejected the configured credentials (HTTP " + status + ")" + suffix);
        }
        boolean retry = status == 408 || status == 429 || status >= 500;
        throw new ToolFailure(
                ErrorCode.ENGINE_FAILED, provider + " failed (HTTP " + status + ")" + suffix, retry, null);
    }

    private ToolFailure transport(Throwable cause) {
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return new ToolFailure(
                    ErrorCode.TIMED_OUT,
                    provider + " did not answer within " + timeout.toSeconds() + " s",
                    true,
                    cause);
        }
        if (cause instanceof SecurityException) {
            return new ToolFailure(
                    ErrorCode.ENGINE_FAILED,
                    provider + " was refused by the outbound policy: " + cause.getMessage(),
                    false,
                    cause);
        }
        if (cause instanceof ConnectException) {
            return new ToolFailure(ErrorCode.ENGINE_UNAVAILABLE, provider + " could not be reached", true, cause);
        }
        return new ToolFailure(ErrorCode.ENGINE_FAILED, provider + " broke off the connection", true, cause);
    }
}
