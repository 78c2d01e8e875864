package dev.framewright.server;

import dev.framewright.core.executions.Tool;
import dev.framewright.engines.connectors.Automatic1111Tool;
import dev.framewright.engines.connectors.ComfyUiTool;
import dev.framewright.engines.connectors.FalTool;
import dev.framewright.engines.connectors.OpenAiImagesTool;
import dev.framewright.engines.connectors.Outbound;
import dev.framewright.engines.connectors.RemoteImageTool;
import dev.framewright.engines.connectors.ReplicateTool;
import dev.framewright.engines.connectors.StabilityTool;
import dev.framewright.engines.generate.ProceduralImageTool;
import dev.framewright.engines.media.Watermark;
import dev.framewright.server.config.ConfigException;
import dev.framewright.server.config.ConnectorSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generate-image engines in the operator's order of preference ({@code generate-image-engines}):
 * the connectors, each available only when configured, and the local procedural renderer, which is
 * always available and so serves whenever no configured connector comes before it.
 */
final class ImageEngines {
    private ImageEngines() {}

    static List<Tool> ordered(ConnectorSettings c, Outbound outbound, Watermark mark) {
        long max = RemoteImageTool.DEFAULT_MAX_BYTES;
        Map<String, Tool> byName = new LinkedHashMap<>();
        byName.put(ComfyUiTool.ENGINE, new ComfyUiTool(c.comfyUi(), outbound, mark, max));
        byName.put(Automatic1111Tool.ENGINE, new Automatic1111Tool(c.automatic1111(), outbound, mark, max));
        byName.put(OpenAiImagesTool.ENGINE, new OpenAiImagesTool(c.openAiImages(), outbound, mark, max));
        byName.put(StabilityTool.ENGINE, new StabilityTool(c.stability(), outbound, mark, max));
        byName.put(ReplicateTool.ENGINE, new ReplicateTool(c.replicate(), outbound, mark, max));
        byName.put(FalTool.ENGINE, new FalTool(c.fal(), outbound, mark, max));
        byName.put(ProceduralImageTool.ENGINE, new ProceduralImageTool(mark));
        List<Tool> out = new ArrayList<>();
        for (String name : c.imageOrder()) {
            Tool t = byName.remove(name);
            if (t == null) {
                throw new ConfigException("unknown engine '" + name + "' in generate-image-engines; known: "
                        + String.join(
                                ", ",
                                List.of(
                                        ComfyUiTool.ENGINE,
                                        Automatic1111Tool.ENGINE,
                                        OpenAiImagesTool.ENGINE,
                                        StabilityTool.ENGINE,
                                        ReplicateTool.ENGINE,
                                        FalTool.ENGINE,
                                        ProceduralImageTool.ENGINE)));
            }
            out.add(t);
        }
        out.addAll(byName.values());
        return out;
    }
}
