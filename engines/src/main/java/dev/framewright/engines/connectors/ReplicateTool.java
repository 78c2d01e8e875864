package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.media.Watermark;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Replicate: {@code POST /v1/models/{owner}/{name}/predictions} {@code {input: {prompt, aspect_ratio,
 * seed}}} → {@code {id, status, output, error, urls: {get, cancel}}}; polls {@code urls.get} until
 * {@code succeeded}, {@code failed} or {@code canceled}, then downloads the first output URL. A cancel
 * or timeout posts {@code urls.cancel}.
 */
public final class ReplicateTool extends RemoteImageTool {
    public static final String ENGINE = "replicate";
    static final Duration POLL = Duration.ofSeconds(1);

    public ReplicateTool(Endpoint endpoint, Outbound outbound, Watermark watermark, long maxBytes) {
        super(endpoint, outbound, watermark, maxBytes);
    }

    @Override
    protected String engine() {
        return ENGINE;
    }

    @Override
    protected String provider() {
        return "Replicate";
    }

    @Override
    protected String setting() {
        return "FRAMEWRIGHT_REPLICATE_KEY and FRAMEWRIGHT_REPLICATE_MODEL";
    }

    @Override
    protected Path generate(ToolContext ctx, Remote remote, Request req, long maxBytes)
            throws ToolFailure, InterruptedException {
        if (endpoint.model() == null || !endpoint.model().matches("[\\w.-]+/[\\w.-]+")) {
            throw ToolFailure.engineFailed("Replicate needs a model as owner/name (FRAMEWRIGHT_REPLICATE_MODEL)");
        }
        ObjectNode body = Remote.JSON.createObjectNode();
        body.putObject("input")
                .put("prompt", req.prompt())
                .put(
                        "aspect_ratio",
                        StabilityTool.ratio(req.size().width(), req.size().height()))
                .put("seed", req.seed());
        JsonNode p = remote.json(authorized(endpoint.resolve("/v1/models/" + endpoint.model() + "/predictions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        try {
            for (int polls = 0; ; polls++) {
                switch (p.path("status").asText()) {
                    case "succeeded" -> {
                        JsonNode out = p.path("output");
                        String url = out.isArray() ? out.path(0).asText(null) : out.asText(null);
                        if (url == null) {
                            throw ToolFailure.engineFailed("Replicate finished without an output");
                        }
                        return remote.download(
                                authorized(URI.create(url)).GET(),
                                ctx.scratchDir().resolve("remote.img"),
                                maxBytes);
                    }
                    case "failed", "canceled" ->
                        throw ToolFailure.engineFailed("Replicate's prediction "
                                + p.path("status").asText()
                                + (p.path("error").isTextual()
                                        ? ": "
                                                + ProviderErrors.message(
                                                        p.path("error").asText().getBytes())
                                        : ""));
                    default -> {
                        ctx.progress(Math.min(0.85, 0.1 + polls * 0.02));
                        remote.pause(POLL);
                        p = remote.json(
                                authorized(URI.create(p.path("urls").path("get").asText()))
                                        .GET());
                    }
                }
            }
        } catch (ToolFailure | InterruptedException e) {
            cancel(p);
            throw e;
        }
    }

    private void cancel(JsonNode prediction) {
        String url = prediction.path("urls").path("cancel").asText(null);
        String status = prediction.path("status").asText();
        if (url == null || status.equals("succeeded") || status.equals("failed") || status.equals("canceled")) {
            return;
        }
        try {
            outbound.send(authorized(URI.create(url))
                            .timeout(Duration.ofSeconds(2))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build())
                    .get(2, java.util.concurrent.TimeUnit.SECONDS)
                    .body()
                    .close();
        } catch (Exception ignored) {
            // best effort: the prediction ends on Replicate's side anyway
        }
    }

    /** The key goes only to Replicate's own host, never to the hosts its outputs live on. */
    private HttpRequest.Builder authorized(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri);
        if (endpoint.apiKey() != null
                && java.util.Objects.equals(
                        uri.getAuthority(), endpoint.baseUrl().getAuthority())) {
            b.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        return b;
    }
}
