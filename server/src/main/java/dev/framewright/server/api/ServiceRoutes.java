package dev.framewright.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.OpenApiDocument;
import dev.framewright.core.ApiException;
import dev.framewright.core.Hashing;
import dev.framewright.server.http.Json;
import dev.framewright.server.http.RouteTable;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code /healthz}, {@code /readyz}, {@code /metrics} and the OpenAPI document (API.md §6). */
public final class ServiceRoutes {
    private final Map<String, Supplier<String>> readiness;
    private final PrometheusMeterRegistry metrics;
    private final String metricsToken;
    private final byte[] openApiJson;
    private final Supplier<Map<String, Object>> details;

    public ServiceRoutes(
            Map<String, Supplier<String>> readiness, PrometheusMeterRegistry metrics, String metricsToken) {
        this(readiness, metrics, metricsToken, Map::of);
    }

    /**
     * @param readiness named checks; each returns null when usable, else why not
     * @param metricsToken bearer token for {@code /metrics}; null disables the endpoint (404)
     * @param details more fields of the {@code /readyz} body (this node and the live nodes); a failure
     *     leaves them out
     */
    public ServiceRoutes(
            Map<String, Supplier<String>> readiness,
            PrometheusMeterRegistry metrics,
            String metricsToken,
            Supplier<Map<String, Object>> details) {
        this.details = details;
        this.readiness = readiness;
        this.metrics = metrics;
        this.metricsToken = metricsToken;
        this.openApiJson = loadOpenApi();
    }

    public void register(RouteTable t) {
        var open = RouteTable.Access.PUBLIC;
        t.get("/healthz", open, null, ctx -> Json.write(ctx, 200, Map.of("status", "ok")));
        t.get("/readyz", open, null, this::ready);
        t.get("/metrics", open, null, this::metrics);
        t.get("/v1/openapi.json", open, null, ctx -> ctx.status(200)
                .contentType("application/json")
                .result(openApiJson));
    }

    private void ready(Context ctx) {
        Map<String, String> checks = new LinkedHashMap<>();
        boolean ok = true;
        for (var e : readiness.entrySet()) {
            String problem;
            try {
                problem = e.getValue().get();
            } catch (RuntimeException ex) {
                problem = "check failed";
            }
            checks.put(e.getKey(), problem == null ? "ok" : problem);
            ok &= problem == null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ok ? "ready" : "not_ready");
        if (!ok) {
            body.put("checks", checks);
        }
        try {
            body.putAll(details.get());
        } catch (RuntimeException e) {
            // the details read the database, whose check above already tells
        }
        Json.write(ctx, ok ? 200 : 503, body);
    }

    private void metrics(Context ctx) {
        if (metricsToken == null) {
            throw ApiException.notFound("Metrics are disabled (set FRAMEWRIGHT_METRICS_TOKEN to enable them);");
        }
        String header = ctx.header("Authorization");
        String expected = "Bearer " + metricsToken;
        if (header == null
                || !Hashing.constantTimeEquals(
                        header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(ErrorCode.FORBIDDEN, "The metrics endpoint needs the admin token");
        }
        ctx.status(200).contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    private static byte[] loadOpenApi() {
        try (InputStream in = OpenApiDocument.open()) {
            JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(in);
            return Json.MAPPER.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new IllegalStateException("openapi.yaml is missing or invalid", e);
        }
    }
}
