package dev.framewright.engines.connectors;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The one way connectors reach a remote service. The composition root decides the implementation:
 * every request a connector makes passes through it, so the server's outbound rules (the SSRF guard of
 * API.md §9.5, {@code outbound-allow-private}) apply by wrapping or replacing this one object.
 * Implementations are thread-safe.
 */
public interface ConnectorHttp {
    /**
     * Sends one request and reads the whole response.
     *
     * @param cancelled polled while waiting; once true the request is abandoned
     * @throws DestinationRefused the server may not call this address
     * @throws IOException the service could not be reached, the connection broke, or the response was too
     *     large
     * @throws InterruptedException the thread was interrupted, or {@code cancelled} turned true
     */
    Response send(Request request, BooleanSupplier cancelled) throws IOException, InterruptedException;

    /** One request: method, absolute URL, headers, body (empty for GET) and a deadline for the whole exchange. */
    record Request(String method, URI url, Map<String, String> headers, byte[] body, Duration timeout) {
        public Request {
            headers = Map.copyOf(headers);
            body = body == null ? new byte[0] : body;
        }
    }

    /**
     * The server's outbound rules refuse the service's address (e.g. a private address while {@code
     * outbound-allow-private} is off). The message names the host and the rule.
     */
    final class DestinationRefused extends IOException {
        public DestinationRefused(String message) {
            super(message);
        }
    }

    /** A response: status, content type (may be null) and the body. */
    record Response(int status, String contentType, byte[] body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
