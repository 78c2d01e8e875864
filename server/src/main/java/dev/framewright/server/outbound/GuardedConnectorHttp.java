package dev.framewright.server.outbound;

import dev.framewright.core.outbound.DestinationNotAllowedException;
import dev.framewright.core.outbound.OutboundGuard;
import dev.framewright.engines.connectors.ConnectorHttp;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLSocketFactory;

/**
 * The connectors' {@link ConnectorHttp}: every request's URL is checked by the server's {@link
 * OutboundGuard} (API.md §9.5, {@code outbound-allow-private}) right before connecting, and the
 * connection goes to an address it checked, never to a name resolved again. Thread-safe.
 */
public final class GuardedConnectorHttp implements ConnectorHttp {
    static final int MAX_BODY = 256 * 1024 * 1024;

    private final OutboundGuard guard;
    private final PinnedHttpExchange exchange;

    public GuardedConnectorHttp(OutboundGuard guard) {
        this(guard, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    GuardedConnectorHttp(OutboundGuard guard, SSLSocketFactory tls) {
        this(guard, tls, MAX_BODY);
    }

    /** @param maxBody the largest response body read; a larger one fails the request with an IOException */
    public GuardedConnectorHttp(OutboundGuard guard, int maxBody) {
        this(guard, (SSLSocketFactory) SSLSocketFactory.getDefault(), maxBody);
    }

    private GuardedConnectorHttp(OutboundGuard guard, SSLSocketFactory tls, int maxBody) {
        this.guard = guard;
        this.exchange = new PinnedHttpExchange(tls, maxBody);
    }

    @Override
    public Response send(Request request, BooleanSupplier cancelled) throws IOException, InterruptedException {
        List<InetAddress> addresses;
        try {
            addresses = guard.check(request.url());
        } catch (DestinationNotAllowedException e) {
            throw new DestinationRefused(e.getMessage());
        }
        try {
            PinnedHttpExchange.Result r = exchange.exchange(
                    request.method(),
                    request.url(),
                    addresses,
                    request.headers(),
                    request.body(),
                    request.timeout(),
                    cancelled);
            return new Response(r.status(), r.headers().get("content-type"), r.body());
        } catch (InterruptedIOException e) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("cancelled");
            }
            throw e;
        }
    }
}
