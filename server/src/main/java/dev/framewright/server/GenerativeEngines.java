package dev.framewright.server;

import dev.framewright.core.executions.Tool;
import dev.framewright.engines.avatar.AvatarTool;
import dev.framewright.engines.avatar.PhoneTimings;
import dev.framewright.engines.connectors.Automatic1111Tool;
import dev.framewright.engines.connectors.ComfyUiTool;
import dev.framewright.engines.connectors.ComfyUiVideoTool;
import dev.framewright.engines.connectors.DidAvatarTool;
import dev.framewright.engines.connectors.FalTool;
import dev.framewright.engines.connectors.OpenAiImagesTool;
import dev.framewright.engines.connectors.Outbound;
import dev.framewright.engines.connectors.RemoteImageTool;
import dev.framewright.engines.connectors.ReplicateTool;
import dev.framewright.engines.connectors.StabilityTool;
import dev.framewright.engines.generate.ProceduralImageTool;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.video.ProceduralClipTool;
import dev.framewright.server.config.ConfigException;
import dev.framewright.server.config.ConnectorSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generative engines in the operator's order of preference ({@code generate-image-engines},
 * {@code generate-video-clip-engines}, {@code generate-avatar-engines}): the connectors, each available only when configured, and the local
 * engine, which is always available and so serves whenever no configured connector comes before it.
 */
final class GenerativeEngines {
    private GenerativeEngines() {}

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
        return inOrder("generate-image-engines", c.imageOrder(), byName);
    }

    static List<Tool> clips(ConnectorSettings c, Outbound outbound, Watermark mark, Duration timeout) {
        Map<String, Tool> byName = new LinkedHashMap<>();
        byName.put(
                ComfyUiVideoTool.ENGINE,
                new ComfyUiVideoTool(c.comfyUiVideo(), outbound, mark, ComfyUiVideoTool.DEFAULT_MAX_BYTES));
        byName.put(ProceduralClipTool.ENGINE, new ProceduralClipTool(mark, timeout));
        return inOrder("generate-video-clip-engines", c.videoOrder(), byName);
    }

    static List<Tool> avatars(
            ConnectorSettings c, Outbound outbound, Watermark mark, PhoneTimings timings, Duration timeout) {
        Map<String, Tool> byName = new LinkedHashMap<>();
        byName.put(DidAvatarTool.ENGINE, new DidAvatarTool(c.did(), outbound, mark, DidAvatarTool.DEFAULT_MAX_BYTES));
        byName.put(AvatarTool.ENGINE, new AvatarTool(timings, mark, timeout));
        return inOrder("generate-avatar-engines", c.avatarOrder(), byName);
    }

    private static List<Tool> inOrder(String setting, List<String> order, Map<String, Tool> byName) {
        List<String> known = List.copyOf(byName.keySet());
        List<Tool> out = new ArrayList<>();
        for (String name : order) {
            Tool t = byName.remove(name);
            if (t == null) {
                throw new ConfigException(
                        "unknown engine '" + name + "' in " + setting + "; known: " + String.join(", ", known));
            }
            out.add(t);
        }
        out.addAll(byName.values());
        return out;
    }
}
