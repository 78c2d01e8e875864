package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/** The human message in a provider's error body, whatever its shape, cut to one safe line. */
final class ProviderErrors {
    static final int MAX_CHARS = 300;

    private ProviderErrors() {}

    static String message(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode n = Remote.JSON.readTree(body);
            for (JsonNode candidate : new JsonNode[] {
                n.path("error").path("message"),
                n.path("error"),
                n.path("message"),
                n.path("detail"),
                n.path("detail").path(0).path("msg"),
                n.path("description"),
                n.path("errors").path(0),
                n.path("name")
            }) {
                if (candidate.isTextual() && !candidate.asText().isBlank()) {
                    text = candidate.asText();
                    break;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not JSON: use the text itself
        }
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() > MAX_CHARS ? line.substring(0, MAX_CHARS) + "…" : line;
    }
}
