package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.media.Watermark;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/**
 * AUTOMATIC1111 / Forge started with {@code --api}: {@code POST /sdapi/v1/txt2img} {@code {prompt,
 * negative_prompt, steps, width, height, cfg_scale, seed, batch_size}} → {@code {images: [base64 PNG]}};
 * with a reference image, {@code /sdapi/v1/img2img} with {@code init_images}. Sizes are the exact-ratio
 * size rounded to multiples of 8. A cancel or timeout calls {@code /sdapi/v1/interrupt}.
 */
public final class Automatic1111Tool extends RemoteImageTool {
    public static final String ENGINE = "automatic1111";
    static final int STEPS = 25;

    public Automatic1111Tool(Endpoint endpoint, Outbound outbound, Watermark watermark, long maxBytes) {
        super(endpoint, outbound, watermark, maxBytes);
    }

    @Override
    protected String engine() {
        return ENGINE;
    }

    @Override
    protected String provider() {
        return "AUTOMATIC1111";
    }

    @Override
    protected String setting() {
        return "FRAMEWRIGHT_A1111_URL";
    }

    @Override
    protected Path generate(ToolContext ctx, Remote remote, Request req, long maxBytes)
            throws ToolFailure, InterruptedException {
        ObjectNode body = Remote.JSON
                .createObjectNode()
                .put("prompt", req.prompt())
                .put("negative_prompt", "")
                .put("steps", STEPS)
                .put("width", Math.max(64, req.size().width() / 8 * 8))
                .put("height", Math.max(64, req.size().height() / 8 * 8))
                .put("cfg_scale", 7)
                .put("seed", req.seed())
                .put("batch_size", 1);
        String path = "/sdapi/v1/txt2img";
        if (!req.references().isEmpty()) {
            try {
                body.putArray("init_images")
                        .add(Base64.getEncoder()
                                .encodeToString(
                                        Files.readAllBytes(req.references().getFirst())));
            } catch (IOException e) {
                throw ToolFailure.inputInvalid("imageFileIds[0] could not be read");
            }
            body.put("denoising_strength", 0.6);
            path = "/sdapi/v1/img2img";
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(endpoint.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (endpoint.apiKey() != null) {
            http.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(endpoint.apiKey().getBytes()));
        }
        JsonNode answer;
        try {
            answer = remote.json(http, maxBytes / 3 * 4 + (1 << 20));
        } catch (ToolFailure f) {
            if (f.code() == ErrorCode.TIMED_OUT || remote.cancelled()) {
                interrupt();
            }
            throw f;
        }
        JsonNode image = answer.path("images").path(0);
        if (!image.isTextual()) {
            throw ToolFailure.engineFailed("AUTOMATIC1111 answered without an image");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(image.asText().replaceFirst("^data:[^,]*,", ""));
        } catch (IllegalArgumentException e) {
            throw ToolFailure.engineFailed("AUTOMATIC1111 sent an image that is not valid base64");
        }
        if (bytes.length > maxBytes) {
            throw ToolFailure.engineFailed(
                    "AUTOMATIC1111 sent more than " + Remote.mib(maxBytes) + " MiB (result); it was not kept");
        }
        try {
            return Files.write(ctx.scratchDir().resolve("remote.img"), bytes);
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The result could not be written", true, e);
        }
    }

    private void interrupt() {
        try {
            outbound.send(HttpRequest.newBuilder(endpoint.resolve("/sdapi/v1/interrupt"))
                            .timeout(Duration.ofSeconds(2))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build())
                    .get(2, java.util.concurrent.TimeUnit.SECONDS)
                    .body()
                    .close();
        } catch (Exception ignored) {
            // best effort
        }
    }
}
