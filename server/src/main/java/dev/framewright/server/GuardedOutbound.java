package dev.framewright.server;

import dev.framewright.core.outbound.DestinationNotAllowedException;
import dev.framewright.core.outbound.OutboundGuard;
import dev.framewright.engines.connectors.Outbound;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The connectors' {@link Outbound}: every request — to the configured service and to any URL a
 * service answers with (result files) — is first checked by the server's {@link OutboundGuard}
 * (API.md §9.5, {@code outbound-allow-private}); a refused destination fails the request with a
 * {@link SecurityException}. Redirects are not followed. The check runs on a virtual thread (it may
 * block on DNS).
 *
 * <p>Known gap: the JDK {@code HttpClient} resolves the host again when it connects, so unlike the
 * webhook sender (which connects to the checked address, {@code PinnedHttpPost}) a DNS answer that
 * changes between check and connect is not caught. Operators configure the service URLs; the
 * remaining exposure is a service answering with a result URL on a rebinding name.
 */
final class GuardedOutbound implements Outbound {
    private static final Executor CHECKS = Executors.newVirtualThreadPerTaskExecutor();

    private final OutboundGuard guard;
    private final HttpClient client;

    GuardedOutbound(OutboundGuard guard, HttpClient client) {
        this.guard = guard;
        this.client = client;
    }

    @Override
    public CompletableFuture<HttpResponse<InputStream>> send(HttpRequest request) {
        return CompletableFuture.supplyAsync(() -> check(request), CHECKS)
                .thenCompose(r -> client.sendAsync(r, HttpResponse.BodyHandlers.ofInputStream()));
    }

    private HttpRequest check(HttpRequest request) {
        try {
            guard.check(request.uri());
            return request;
        } catch (DestinationNotAllowedException e) {
            throw new SecurityException(e.getMessage(), e);
        }
    }
}
