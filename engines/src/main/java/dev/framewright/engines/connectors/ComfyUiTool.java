package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.media.Watermark;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * ComfyUI with the operator's workflow (API format, exported with "Save (API)"). The template may use
 * {@code {{prompt}}}, {@code {{seed}}}, {@code {{width}}}, {@code {{height}}} and {@code {{image}}}
 * (the first reference, uploaded through {@code POST /upload/image}); text placeholders are replaced
 * JSON-escaped, inside their quotes, and numeric ones may stand unquoted. The run posts {@code /prompt},
 * polls {@code /history/{id}} and fetches the first output image through {@code /view}. A cancel
 * interrupts ComfyUI and removes the prompt from its queue.
 */
public final class ComfyUiTool extends RemoteImageTool {
    public static final String ENGINE = "comfyui";
    static final Duration POLL = Duration.ofMillis(500);

    public ComfyUiTool(Endpoint endpoint, Outbound outbound, Watermark watermark, long maxBytes) {
        super(endpoint, outbound, watermark, maxBytes);
    }

    @Override
    protected String engine() {
        return ENGINE;
    }

    @Override
    protected String provider() {
        return "ComfyUI";
    }

    @Override
    protected String setting() {
        return "FRAMEWRIGHT_COMFYUI_URL and FRAMEWRIGHT_COMFYUI_WORKFLOW";
    }

    @Override
    public EngineInfo probe() {
        if (endpoint.configured() && (endpoint.model() == null || !Files.isReadable(Path.of(endpoint.model())))) {
            return EngineInfo.unavailable(
                    ENGINE,
                    null,
                    null,
                    "the workflow template (FRAMEWRIGHT_COMFYUI_WORKFLOW) is missing or unreadable");
        }
        return super.probe();
    }

    /** Fills the template; fails when the result is not JSON. */
    static String fill(String template, String prompt, long seed, int width, int height, String image) {
        String quotedPrompt = Remote.JSON.getNodeFactory().textNode(prompt).toString();
        String text = template.replace("\"{{prompt}}\"", quotedPrompt)
                .replace("{{prompt}}", quotedPrompt.substring(1, quotedPrompt.length() - 1))
                .replace("\"{{seed}}\"", String.valueOf(seed))
                .replace("{{seed}}", String.valueOf(seed))
                .replace("\"{{width}}\"", String.valueOf(width))
                .replace("{{width}}", String.valueOf(width))
                .replace("\"{{height}}\"", String.valueOf(height))
                .replace("{{height}}", String.valueOf(height));
        if (image != null) {
            String quoted = Remote.JSON.getNodeFactory().textNode(image).toString();
            text = text.replace("{{image}}", quoted.substring(1, quoted.length() - 1));
        }
        return text;
    }

    @Override
    protected Path generate(ToolContext ctx, Remote remote, Request req, long maxBytes)
            throws ToolFailure, InterruptedException {
        String image = req.references().isEmpty()
                ? null
                : upload(remote, req.references().getFirst());
        JsonNode workflow;
        try {
            String template = Files.readString(Path.of(endpoint.model()));
            workflow = Remote.JSON.readTree(fill(
                    template,
                    req.prompt(),
                    req.seed(),
                    req.size().width() / 8 * 8,
                    req.size().height() / 8 * 8,
                    image));
        } catch (IOException e) {
            throw ToolFailure.engineFailed("The ComfyUI workflow template is not valid JSON once filled in");
        }
        ObjectNode body = Remote.JSON.createObjectNode();
        body.set("prompt", workflow);
        body.put("client_id", "framewright-" + UUID.randomUUID());
        String id = remote.json(request("/prompt")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())))
                .path("prompt_id")
                .asText(null);
        if (id == null) {
            throw ToolFailure.engineFailed("ComfyUI did not queue the workflow");
        }
        try {
            JsonNode file = await(ctx, remote, id);
            String query = "?filename=" + enc(file.path("filename").asText()) + "&subfolder="
                    + enc(file.path("subfolder").asText("")) + "&type="
                    + enc(file.path("type").asText("output"));
            return remote.download(
                    request("/view" + query).GET(), ctx.scratchDir().resolve("remote.img"), maxBytes);
        } catch (ToolFailure | InterruptedException e) {
            cancel(id);
            throw e;
        }
    }

    /** Polls the history until the prompt finished; returns its first output image. */
    private JsonNode await(ToolContext ctx, Remote remote, String id) throws ToolFailure, InterruptedException {
        for (int polls = 0; ; polls++) {
            JsonNode entry = remote.json(request("/history/" + enc(id)).GET()).path(id);
            if (!entry.isMissingNode()) {
                JsonNode status = entry.path("status");
                if ("error".equals(status.path("status_str").asText())) {
                    throw ToolFailure.engineFailed("ComfyUI failed to run the workflow" + messages(status));
                }
                for (JsonNode node : entry.path("outputs")) {
                    JsonNode img = node.path("images").path(0);
                    if (!img.isMissingNode()) {
                        return img;
                    }
                }
                if (status.path("completed").asBoolean(false)) {
                    throw ToolFailure.engineFailed("The ComfyUI workflow finished without an output image");
                }
            }
            ctx.progress(Math.min(0.85, 0.1 + polls * 0.01));
            remote.pause(POLL);
        }
    }

    private static String messages(JsonNode status) {
        for (JsonNode m : status.path("messages")) {
            if ("execution_error".equals(m.path(0).asText())) {
                return ": " + m.path(1).path("exception_message").asText("").strip();
            }
        }
        return "";
    }

    private String upload(Remote remote, Path reference) throws ToolFailure, InterruptedException {
        Multipart form = new Multipart().field("overwrite", "true");
        try {
            form.file("image", "framewright-" + UUID.randomUUID() + ".png", "image/png", reference);
        } catch (IOException e) {
            throw ToolFailure.inputInvalid("imageFileIds[0] could not be read");
        }
        JsonNode r = remote.json(request("/upload/image")
                .header("Content-Type", form.contentType())
                .POST(form.publisher()));
        String name = r.path("name").asText(null);
        if (name == null) {
            throw ToolFailure.engineFailed("ComfyUI did not accept the reference image");
        }
        String sub = r.path("subfolder").asText("");
        return sub.isEmpty() ? name : sub + "/" + name;
    }

    /**
     * Best effort, two seconds each: drop the prompt from the queue, then interrupt it if it runs
     * ({@code prompt_id} limits the interrupt to ours on ComfyUI versions that support it).
     */
    private void cancel(String id) {
        String drop = Remote.JSON
                .createObjectNode()
                .set("delete", Remote.JSON.createArrayNode().add(id))
                .toString();
        String only = Remote.JSON.createObjectNode().put("prompt_id", id).toString();
        for (HttpRequest r : new HttpRequest[] {
            request("/queue")
                    .timeout(Duration.ofSeconds(2))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(drop))
                    .build(),
            request("/interrupt")
                    .timeout(Duration.ofSeconds(2))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(only))
                    .build()
        }) {
            try {
                outbound.send(r)
                        .get(2, java.util.concurrent.TimeUnit.SECONDS)
                        .body()
                        .close();
            } catch (Exception ignored) {
                // the run is over either way
            }
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint.resolve(path));
        if (endpoint.apiKey() != null) {
            b.header("Authorization", "Bearer " + endpoint.apiKey());
        }
        return b;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
