package dev.framewright.server.config;

import java.util.Locale;

/** What one node does in scale mode (docs/scale-out.md); {@link #ALL} is the single-machine default. */
public enum Role {
    /** The HTTP API, upload processing, executions, analysis and webhook delivery. */
    ALL,
    /** The HTTP API, upload processing and webhook delivery; no executions, no analysis. */
    API,
    /** Executions and analysis; over HTTP only /healthz, /readyz, /metrics and /v1/openapi.json. */
    WORKER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean servesApi() {
        return this != WORKER;
    }

    static Role parse(String raw) {
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "", "all" -> ALL;
            case "api" -> API;
            case "worker" -> WORKER;
            default -> throw ServerConfig.invalid(Settings.ROLE, raw);
        };
    }
}
