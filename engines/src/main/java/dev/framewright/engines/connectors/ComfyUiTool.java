package dev.framewright.engines.connectors;

import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.media.Watermark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ComfyUI with the operator's workflow (API format, exported with "Save (API)"). The template may use
 * {@code {{prompt}}}, {@code {{seed}}}, {@code {{width}}}, {@code {{height}}} and {@code {{image}}}
 * (the first reference, uploaded through {@code POST /upload/image}); text placeholders are replaced
 * JSON-escaped, inside their quotes, and numeric ones may stand unquoted. The run posts {@code /prompt},
 * polls {@code /history/{id}} and fetches the first output image through {@code /view}. A cancel
 * interrupts ComfyUI and removes the prompt from its queue (the protocol is {@link ComfyUi}).
 */
public final class ComfyUiTool extends RemoteImageTool {
    public static final String ENGINE = "comfyui";

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

    @Override
    protected Path generate(ToolContext ctx, Remote remote, Request req, long maxBytes)
            throws ToolFailure, InterruptedException {
        ComfyUi comfy = new ComfyUi(endpoint, outbound);
        String image = req.references().isEmpty()
                ? null
                : comfy.upload(remote, req.references().getFirst(), "png", "image/png", "imageFileIds[0]");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("prompt", req.prompt());
        values.put("seed", req.seed());
        values.put("width", req.size().width() / 8 * 8);
        values.put("height", req.size().height() / 8 * 8);
        values.put("image", image);
        String id = comfy.queue(remote, comfy.workflow(values));
        return comfy.result(
                ctx, remote, id, ComfyUi.IMAGE, "image", ctx.scratchDir().resolve("remote.img"), maxBytes);
    }
}
