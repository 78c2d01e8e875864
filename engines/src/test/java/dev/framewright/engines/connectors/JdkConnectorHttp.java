package dev.framewright.engines.connectors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * {@link ConnectorHttp} on the JDK's {@code HttpClient}, for tests of the connectors against loopback
 * fakes: no redirects followed, bodies up to {@value #MAX_BODY} bytes, cancellation polled every 100 ms.
 * It applies no destination rules: the server wires its guarded transport instead.
 */
final class JdkConnectorHttp implements ConnectorHttp {
    static final int MAX_BODY = 256 * 1024 * 1024;

    private final HttpClient client;

    JdkConnectorHttp(Duration connectTimeout) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Response send(Request request, BooleanSupplier cancelled) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.url()).timeout(request.timeout());
        request.headers().forEach(b::header);
        b.method(
                request.method(),
                request.body().length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        CompletableFuture<HttpResponse<InputStream>> future =
                client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> r = head(future, cancelled);
        try (InputStream in = r.body()) {
            return new Response(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), read(in, cancelled));
        }
    }

    private static HttpResponse<InputStream> head(
            CompletableFuture<HttpResponse<InputStream>> future, BooleanSupplier cancelled)
            throws IOException, InterruptedException {
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    throw new InterruptedException("cancelled");
                }
                try {
                    return future.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // poll cancellation again
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    private static byte[] read(InputStream in, BooleanSupplier cancelled) throws IOException, InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("cancelled");
            }
            if (out.size() + n > MAX_BODY) {
                throw new IOException("the response is larger than " + MAX_BODY + " bytes");
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }
}
