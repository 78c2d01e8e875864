package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * [ext] Body of {@code GET /healthz} ({@code {"status":"ok"}}) and {@code GET /readyz} ({@code
 * {"status":"ready"}}, or 503 {@code {"status":"not_ready","checks":{…}}}) (API.md §6). {@code
 * checks} maps a component (e.g. {@code database}) to its state and is omitted when {@code null}.
 * {@code /readyz} also names this node, its role and the live nodes (docs/scale-out.md); those are
 * omitted when {@code null}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HealthStatus(
        String status,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> checks,
        @JsonInclude(JsonInclude.Include.NON_NULL) String node,
        @JsonInclude(JsonInclude.Include.NON_NULL) String role,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Node> nodes) {

    /** A node whose heartbeat was written in the last 30 s; times in ISO-8601. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Node(
            String nodeId, String role, int workers, String version, String startedAt, String lastHeartbeatAt) {}

    /** {@code {"status":"ok"}}: the process lives. */
    public static HealthStatus ok() {
        return new HealthStatus("ok", null, null, null, null);
    }

    /** {@code {"status":"ready"}}: database, storage and workers are usable. */
    public static HealthStatus ready() {
        return new HealthStatus("ready", null, null, null, null);
    }

    /** {@code {"status":"not_ready","checks":{…}}}, answered with 503. */
    public static HealthStatus notReady(Map<String, String> checks) {
        return new HealthStatus("not_ready", checks, null, null, null);
    }
}
