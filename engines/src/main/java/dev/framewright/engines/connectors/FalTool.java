package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.media.Watermark;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * fal's queue API: {@code POST {queue}/{model}} with {@code {prompt, image_size: {width, height},
 * seed, num_images: 1}} (and {@code image_url}, a data URI of the first reference image, when there is
 * one) → {@code {request_id, status_url, response_url, cancel_url}}; polls {@code status_url} through
 * {@code IN_QUEUE} and {@code IN_PROGRESS} until {@code COMPLETED}, then reads {@code response_url}
 * ({@code {images: [{url, content_type}]}}, or the model's error with an error status) and streams the
 * first image. A cancel or timeout sends {@code PUT cancel_url}. The key ({@code Authorization: Key …})
 * goes only to the queue's own host, never to the host the image lives on.
 */
public final class FalTool extends RemoteImageTool {
    public static final String ENGINE = "fal";
    static final Duration POLL = Duration.ofMillis(500);

    public FalTool(Endpoint endpoint, Outbound outbound, Watermark watermark, long maxBytes) {
        super(endpoint, outbound, watermark, maxBytes);
    }

    @Override
    protected String engine() {
        return ENGINE;
    }

    @Override
    protected String provider() {
        return "fal";
    }

    @Override
    protected String setting() {
        return "FRAMEWRIGHT_FAL_KEY";
    }

    @Override
    protected Path generate(ToolContext ctx, Remote remote, Request req, long maxBytes)
            throws ToolFailure, InterruptedException {
        String model = endpoint.model();
        if (model == null || !model.matches("[\\w.-]+(/[\\w.-]+)+")) {
            throw ToolFailure.engineFailed("fal needs a model id such as fal-ai/flux/schnell (FRAMEWRIGHT_FAL_MODEL)");
        }
        ObjectNode body =
                Remote.JSON.createObjectNode().put("prompt", req.prompt().isBlank() ? "an image" : req.prompt());
        body.putObject("image_size")
                .put("width", req.size().width() / 8 * 8)
                .put("height", req.size().height() / 8 * 8);
        body.put("seed", req.seed()).put("num_images", 1);
        if (!req.references().isEmpty()) {
            body.put("image_url", dataUri(req.references().getFirst()));
        }
        JsonNode queued = remote.json(authorized(endpoint.resolve("/" + model))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        URI status = url(queued, "status_url");
        URI response = url(queued, "response_url");
        URI cancel = url(queued, "cancel_url");
        boolean done = false;
        try {
            for (int polls = 0; ; polls++) {
                JsonNode s = remote.json(authorized(status).GET());
                String state = s.path("status").asText();
                if (state.equals("COMPLETED")) {
                    done = true;
                    if (s.path("error").isTextual() && !s.path("error").asText().isBlank()) {
                        throw ToolFailure.engineFailed("fal's request failed: "
                                + ProviderErrors.message(
                                        s.path("error").asText().getBytes()));
                    }
                    break;
                }
                if (!state.equals("IN_QUEUE") && !state.equals("IN_PROGRESS")) {
                    throw ToolFailure.engineFailed("fal answered an unknown request status '" + state + "'");
                }
                ctx.progress(Math.min(0.8, 0.1 + polls * 0.02));
                remote.pause(POLL);
            }
            JsonNode result = remote.json(authorized(response).GET());
            JsonNode image = result.path("images").path(0);
            if (image.isMissingNode()) {
                image = result.path("image");
            }
            String url = image.path("url").asText(null);
            if (url == null) {
                throw ToolFailure.engineFailed("fal finished without an image");
            }
            Path raw = ctx.scratchDir().resolve("remote.img");
            if (url.startsWith("data:")) {
                return fromDataUri(url, raw, maxBytes);
            }
            return remote.download(authorized(URI.create(url)).GET(), raw, maxBytes);
        } catch (ToolFailure | InterruptedException e) {
            if (!done) {
                cancel(cancel);
            }
            throw e;
        }
    }

    private static URI url(JsonNode queued, String field) throws ToolFailure {
        String u = queued.path(field).asText(null);
        if (u == null) {
            throw ToolFailure.engineFailed("fal did not queue the request (no " + field + ")");
        }
        try {
            URI uri = URI.create(u);
            if (!uri.isAbsolute()
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException(u);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw ToolFailure.engineFailed("fal answered an unusable " + field);
        }
    }

    /** Best effort, two seconds: {@code PUT cancel_url} removes a queued request or signals a running one. */
    private void cancel(URI url) {
        try {
            outbound.send(authorized(url)
                            .timeout(Duration.ofSeconds(2))
                            .PUT(HttpRequest.BodyPublishers.noBody())
                            .build())
                    .get(2, java.util.concurrent.TimeUnit.SECONDS)
                    .body()
                    .close();
        } catch (Exception ignored) {
            // the run is over either way
        }
    }

    private static String dataUri(Path reference) throws ToolFailure {
        try {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(reference));
        } catch (IOException e) {
            throw ToolFailure.inputInvalid("imageFileIds[0] could not be read");
        }
    }

    /** Models run with {@code sync_mode} answer the image inline as a data URI. */
    private static Path fromDataUri(String uri, Path raw, long maxBytes) throws ToolFailure {
        int comma = uri.indexOf(',');
        if (comma < 0 || !uri.substring(0, comma).endsWith(";base64")) {
            throw ToolFailure.engineFailed("fal sent an image data URI that is not base64");
        }
        if ((uri.length() - comma - 1) / 4L * 3 > maxBytes) {
            throw ToolFailure.engineFailed(
                    "fal sent more than " + Remote.mib(maxBytes) + " MiB (result); it was not kept");
        }
        try {
            Files.write(raw, Base64.getDecoder().decode(uri.substring(comma + 1)));
            return raw;
        } catch (IllegalArgumentException e) {
            throw ToolFailure.engineFailed("fal sent an image data URI that is not base64");
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The result could not be written", true, e);
        }
    }

    private HttpRequest.Builder authorized(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri);
        if (endpoint.apiKey() != null
                && Objects.equals(uri.getAuthority(), endpoint.baseUrl().getAuthority())) {
            b.header("Authorization", "Key " + endpoint.apiKey());
        }
        return b;
    }
}
