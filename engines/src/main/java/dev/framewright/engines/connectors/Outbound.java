package dev.framewright.engines.connectors;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * How connectors reach remote services. Every connector request goes through this one port so that
 * the server's outbound policy — the SSRF guard shared with webhook delivery (API.md §9.5: no
 * loopback, private or link-local targets unless {@code outbound-allow-private}) — applies to them
 * all. Implementations are thread-safe. The returned future completes when the response headers
 * arrive; the body is read by the caller, who closes it.
 */
public interface Outbound {
    /**
     * Sends {@code request}.
     *
     * @return a future failing with {@link java.io.IOException} for transport errors, and with a
     *     {@link SecurityException} when the policy refuses the target
     */
    CompletableFuture<HttpResponse<InputStream>> send(HttpRequest request);

    /**
     * Sends with {@code client} and no address policy: for tests and tools. The server wraps the SSRF
     * guard around its client instead ({@code server/GuardedOutbound}).
     */
    static Outbound direct(HttpClient client) {
        return request -> client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
    }
}
