package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.media.Watermark;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * OpenAI-compatible image generation (OpenAI, LocalAI and others): {@code POST /v1/images/generations}
 * {@code {model, prompt, n: 1, size, response_format: "b64_json"}} → {@code {data: [{b64_json} | {url}]}};
 * with a reference image, {@code POST /v1/images/edits} (multipart {@code image}, {@code prompt}). The
 * size asked is the service's nearest shape (1024², 1536×1024 or 1024×1536); the result is then
 * cropped to the exact ratio.
 */
public final class OpenAiImagesTool extends RemoteImageTool {
    public static final String ENGINE = "openai-images";

    public OpenAiImagesTool(Endpoint endpoint, Outbound outbound, Watermark watermark, long maxBytes) {
        super(endpoint, outbound, watermark, maxBytes);
    }

    @Override
    protected String engine() {
        return ENGINE;
    }

    @Override
    protected String provider() {
        return "The OpenAI-compatible image service";
    }

    @Override
    protected String setting() {
        return "FRAMEWRIGHT_OPENAI_IMAGES_URL";
    }

    static String size(int w, int h) {
        double r = (double) w / h;
        return r > 1.2 ? "1536x1024" : r < 1 / 1.2 ? "1024x1536" : "1024x1024";
    }

    @Override
    protected Path generate(ToolContext ctx, Remote remote, Request req, long maxBytes)
            throws ToolFailure, InterruptedException {
        String size = size(req.size().width(), req.size().height());
        HttpRequest.Builder http;
        if (req.references().isEmpty()) {
            ObjectNode body = Remote.JSON
                    .createObjectNode()
                    .put("prompt", req.prompt())
                    .put("n", 1)
                    .put("size", size)
                    .put("response_format", "b64_json");
            if (endpoint.model() != null) {
                body.put("model", endpoint.model());
            }
            http = HttpRequest.newBuilder(endpoint.resolve("/v1/images/generations"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            Multipart form = new Multipart()
                    .field("prompt", req.prompt())
                    .field("n", "1")
                    .field("size", size)
                    .field("response_format", "b64_json");
            if (endpoint.model() != null) {
                form.field("model", endpoint.model());
            }
            try {
                form.file(
                        "image", "reference.png", "image/png", req.references().getFirst());
            } catch (IOException e) {
                throw ToolFailure.inputInvalid("imageFileIds[0] could not be read");
            }
            http = HttpRequest.newBuilder(endpoint.resolve("/v1/images/edits"))
                    .header("Content-Type", form.contentType())
                    .POST(form.publisher());
        }
        if (endpoint.apiKey() != null) {
            http.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        JsonNode first =
                remote.json(http, maxBytes / 3 * 4 + (1 << 20)).path("data").path(0);
        Path out = ctx.scratchDir().resolve("remote.img");
        if (first.path("b64_json").isTextual()) {
            byte[] bytes = decode(first.get("b64_json").asText(), remote);
            if (bytes.length > maxBytes) {
                throw ToolFailure.engineFailed(remote.provider() + " sent more than " + Remote.mib(maxBytes)
                        + " MiB (result); it was not kept");
            }
            try {
                return Files.write(out, bytes);
            } catch (IOException e) {
                throw new ToolFailure(
                        dev.framewright.contract.ErrorCode.INTERNAL_ERROR, "The result could not be written", true, e);
            }
        }
        if (first.path("url").isTextual()) {
            return remote.download(
                    HttpRequest.newBuilder(URI.create(first.get("url").asText()))
                            .GET(),
                    out,
                    maxBytes);
        }
        throw ToolFailure.engineFailed(remote.provider() + " answered without an image");
    }

    private static byte[] decode(String b64, Remote remote) throws ToolFailure {
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw ToolFailure.engineFailed(remote.provider() + " sent an image that is not valid base64");
        }
    }
}
