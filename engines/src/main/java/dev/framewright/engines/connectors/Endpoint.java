package dev.framewright.engines.connectors;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how a connector reaches its service.
 *
 * @param baseUrl the service's base URL without a trailing slash, or null when not configured
 * @param apiKey the credential, or null (ComfyUI and AUTOMATIC1111 usually have none)
 * @param model the provider's model, or the path of a workflow template (ComfyUI), or null
 * @param timeout the longest a run may take, polling included
 */
public record Endpoint(URI baseUrl, String apiKey, String model, Duration timeout) {
    public Endpoint {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    public boolean configured() {
        return baseUrl != null;
    }

    /** {@code baseUrl} + {@code path} (which starts with a slash). */
    public URI resolve(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
