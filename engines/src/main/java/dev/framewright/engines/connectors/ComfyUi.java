package dev.framewright.engines.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * ComfyUI's HTTP protocol, shared by the image and video engines: the operator's workflow template
 * filled in, input files uploaded with {@code POST /upload/image}, the workflow queued with {@code
 * POST /prompt}, {@code /history/{id}} polled until an output of the wanted kind appears, the file
 * fetched through {@code /view}, and on cancel or timeout the prompt dropped from the queue and
 * interrupted.
 */
final class ComfyUi {
    static final Duration POLL = Duration.ofMillis(500);
    /** The output lists ComfyUI nodes report files under (core image nodes, SaveVideo/SaveWEBM, VideoHelperSuite). */
    static final List<String> OUTPUT_LISTS = List.of("images", "videos", "gifs");

    static final Predicate<String> IMAGE = name -> !isVideo(name);
    static final Predicate<String> VIDEO = ComfyUi::isVideo;

    private final Endpoint endpoint;
    private final Outbound outbound;

    ComfyUi(Endpoint endpoint, Outbound outbound) {
        this.endpoint = endpoint;
        this.outbound = outbound;
    }

    static boolean isVideo(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".mp4")
                || n.endsWith(".webm")
                || n.endsWith(".mov")
                || n.endsWith(".mkv")
                || n.endsWith(".gif")
                || n.endsWith(".avi");
    }

    /**
     * Fills the template: {@code placeholders} maps a name to its value (a String, JSON-escaped inside its
     * quotes; or a Number, which may also stand unquoted as {@code "{{name}}"}).
     */
    static String fill(String template, Map<String, Object> placeholders) {
        String text = template;
        for (Map.Entry<String, Object> e : placeholders.entrySet()) {
            String token = "{{" + e.getKey() + "}}";
            Object v = e.getValue();
            if (v == null) {
                continue;
            }
            if (v instanceof Number) {
                text = text.replace("\"" + token + "\"", v.toString()).replace(token, v.toString());
            } else {
                String quoted =
                        Remote.JSON.getNodeFactory().textNode(v.toString()).toString();
                text = text.replace("\"" + token + "\"", quoted)
                        .replace(token, quoted.substring(1, quoted.length() - 1));
            }
        }
        return text;
    }

    /** Reads the template at {@code endpoint.model()} and fills it; fails when the result is not JSON. */
    JsonNode workflow(Map<String, Object> placeholders) throws ToolFailure {
        try {
            String template = Files.readString(Path.of(endpoint.model()));
            return Remote.JSON.readTree(fill(template, placeholders));
        } catch (IOException e) {
            throw ToolFailure.engineFailed("The ComfyUI workflow template is not valid JSON once filled in");
        }
    }

    /** Queues the workflow; returns its prompt id. */
    String queue(Remote remote, JsonNode workflow) throws ToolFailure, InterruptedException {
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
        return id;
    }

    /**
     * Polls the history until the prompt produced a file whose name {@code wanted} accepts, downloads it
     * into {@code target} (at most {@code maxBytes}); cancels the prompt when anything fails.
     *
     * @param what "image" or "video", for messages
     */
    Path result(
            ToolContext ctx,
            Remote remote,
            String id,
            Predicate<String> wanted,
            String what,
            Path target,
            long maxBytes)
            throws ToolFailure, InterruptedException {
        try {
            JsonNode file = await(ctx, remote, id, wanted, what);
            String query = "?filename=" + enc(file.path("filename").asText()) + "&subfolder="
                    + enc(file.path("subfolder").asText("")) + "&type="
                    + enc(file.path("type").asText("output"));
            return remote.download(request("/view" + query).GET(), target, maxBytes);
        } catch (ToolFailure | InterruptedException e) {
            cancel(id);
            throw e;
        }
    }

    private JsonNode await(ToolContext ctx, Remote remote, String id, Predicate<String> wanted, String what)
            throws ToolFailure, InterruptedException {
        for (int polls = 0; ; polls++) {
            JsonNode entry = remote.json(request("/history/" + enc(id)).GET()).path(id);
            if (!entry.isMissingNode()) {
                JsonNode status = entry.path("status");
                if ("error".equals(status.path("status_str").asText())) {
                    throw ToolFailure.engineFailed("ComfyUI failed to run the workflow" + messages(status));
                }
                for (JsonNode node : entry.path("outputs")) {
                    for (String list : OUTPUT_LISTS) {
                        for (JsonNode file : node.path(list)) {
                            if (wanted.test(file.path("filename").asText(""))) {
                                return file;
                            }
                        }
                    }
                }
                if (status.path("completed").asBoolean(false)) {
                    throw ToolFailure.engineFailed("The ComfyUI workflow finished without an output " + what);
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

    /**
     * Uploads an input file into ComfyUI's input folder; returns the name a loader node reads it by.
     *
     * @param field the request's field for messages, e.g. "imageFileIds[0]"
     */
    String upload(Remote remote, Path file, String extension, String contentType, String field)
            throws ToolFailure, InterruptedException {
        Multipart form = new Multipart().field("overwrite", "true");
        try {
            form.file("image", "framewright-" + UUID.randomUUID() + "." + extension, contentType, file);
        } catch (IOException e) {
            throw ToolFailure.inputInvalid(field + " could not be read");
        }
        JsonNode r = remote.json(request("/upload/image")
                .header("Content-Type", form.contentType())
                .POST(form.publisher()));
        String name = r.path("name").asText(null);
        if (name == null) {
            throw ToolFailure.engineFailed("ComfyUI did not accept " + field);
        }
        String sub = r.path("subfolder").asText("");
        return sub.isEmpty() ? name : sub + "/" + name;
    }

    /**
     * Best effort, two seconds each: drop the prompt from the queue, then interrupt it if it runs
     * ({@code prompt_id} limits the interrupt to ours on ComfyUI versions that support it).
     */
    void cancel(String id) {
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
