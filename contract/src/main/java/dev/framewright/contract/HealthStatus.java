package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * [ext] Body of {@code GET /healthz} ({@code {"status":"ok"}}) and {@code GET /readyz} ({@code
 * {"status":"ready"}}, or 503 {@code {"status":"not_ready","checks":{…}}}) (API.md §6). {@code
 * checks} maps a component (e.g. {@code database}) to its state and is omitted when {@code null}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HealthStatus(
        String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> checks) {

    /** {@code {"status":"ok"}}: the process lives. */
    public static HealthStatus ok() {
        return new HealthStatus("ok", null);
    }

    /** {@code {"status":"ready"}}: database, storage and workers are usable. */
    public static HealthStatus ready() {
        return new HealthStatus("ready", null);
    }

    /** {@code {"status":"not_ready","checks":{…}}}, answered with 503. */
    public static HealthStatus notReady(Map<String, String> checks) {
        return new HealthStatus("not_ready", checks);
    }
}
