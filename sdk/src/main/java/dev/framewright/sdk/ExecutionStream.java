package dev.framewright.sdk;

import dev.framewright.contract.ExecutedTool;
import dev.framewright.sdk.internal.Call;
import dev.framewright.sdk.internal.Json;
import dev.framewright.sdk.internal.SseParser;
import dev.framewright.sdk.internal.Transport;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A live subscription to an execution's Server-Sent Events [ext] (API.md §2.6), made by {@link
 * ToolsClient#streamExecution(String, ExecutionEventListener)}. A daemon thread reads the stream and
 * hands each event to the listener; when the connection breaks it reconnects with {@code
 * Last-Event-ID} after the server's {@code retry} time, so no event is lost or repeated. It ends
 * after the terminal event, or when closed.
 *
 * <p>{@link #completion()} completes with the terminal execution; exceptionally with a {@link
 * VideoGenException} when the stream cannot be opened (e.g. 404, or a server without the [ext]
 * stream) or an {@link IOException} when reconnecting keeps failing; and is cancelled by {@link
 * #close()}. Closing does not cancel the execution.
 */
public final class ExecutionStream implements Closeable {
    private static final long DEFAULT_RETRY_MILLIS = 2000;
    private static final int MAX_CONSECUTIVE_FAILURES = 5;

    private final Transport transport;
    private final String executionId;
    private final ExecutionEventListener listener;
    private final CompletableFuture<ExecutedTool> completion = new CompletableFuture<>();
    private final Thread thread;
    private volatile InputStream body;
    private volatile boolean closed;

    private ExecutionStream(Transport transport, String executionId, ExecutionEventListener listener) {
        this.transport = transport;
        this.executionId = executionId;
        this.listener = listener;
        this.thread = new Thread(this::run, "videogen-sse-" + executionId);
        thread.setDaemon(true);
    }

    static ExecutionStream open(Transport transport, String executionId, ExecutionEventListener listener) {
        ExecutionStream s = new ExecutionStream(transport, executionId, listener);
        s.thread.start();
        return s;
    }

    /** Completes with the terminal execution (see the class comment for the other outcomes). */
    public CompletableFuture<ExecutedTool> completion() {
        return completion;
    }

    /**
     * Blocks until the terminal event.
     *
     * @return the terminal execution (succeeded, failed or cancelled)
     * @throws IOException when the stream broke for good, or the wait was interrupted
     * @throws VideoGenException when the server refused the stream
     * @throws WaitTimeoutException when {@code timeout} passed first (the stream goes on)
     * @throws CancellationException when the stream was closed
     */
    public ExecutedTool await(Duration timeout) throws IOException {
        try {
            return completion.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for execution " + executionId);
        } catch (TimeoutException e) {
            throw new WaitTimeoutException("execution " + executionId, timeout, null);
        } catch (ExecutionException e) {
            throw ToolsClient.rethrow(e.getCause());
        }
    }

    /** Stops reading and releases the connection; the execution itself goes on. Idempotent. */
    @Override
    public void close() {
        closed = true;
        completion.cancel(false);
        closeBody();
        thread.interrupt();
    }

    private void run() {
        String lastEventId = null;
        long retryMillis = DEFAULT_RETRY_MILLIS;
        int failures = 0;
        Call call = Call.get("/v1/tools/executions/" + Call.encode(executionId) + "/events");
        while (!closed) {
            try {
                HttpResponse<InputStream> r = transport.openStream(
                        call, lastEventId == null ? Map.of() : Map.of("Last-Event-ID", lastEventId));
                body = r.body();
                if (closed) {
                    closeBody();
                    return;
                }
                SseParser parser =
                        new SseParser(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)));
                SseParser.Event e;
                while ((e = parser.next()) != null) {
                    ExecutedTool execution = Json.read(e.data().getBytes(StandardCharsets.UTF_8), ExecutedTool.class);
                    lastEventId = e.id();
                    failures = 0;
                    ExecutionEvent event = new ExecutionEvent(e.id(), e.type(), execution);
                    deliver(event);
                    if (event.isTerminal()) {
                        closeBody();
                        completion.complete(execution);
                        return;
                    }
                }
                if (parser.retryMillis() >= 0) {
                    retryMillis = parser.retryMillis();
                }
                failures++; // the stream ended before the terminal event
            } catch (VideoGenException e) {
                completion.completeExceptionally(e);
                return;
            } catch (IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (++failures > MAX_CONSECUTIVE_FAILURES) {
                    completion.completeExceptionally(e);
                    return;
                }
            } finally {
                closeBody();
            }
            if (failures > MAX_CONSECUTIVE_FAILURES) {
                completion.completeExceptionally(new IOException(
                        "the event stream of " + executionId + " keeps ending before a terminal event"));
                return;
            }
            try {
                Thread.sleep(retryMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void deliver(ExecutionEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException ignored) {
            // a listener never breaks the stream
        }
    }

    private void closeBody() {
        InputStream in = body;
        body = null;
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing only releases the connection
            }
        }
    }
}
