package dev.framewright.server;

import dev.framewright.core.analysis.AnalysisEngines;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolRegistry;
import dev.framewright.core.files.BlobStore;
import dev.framewright.core.outbound.OutboundGuard;
import dev.framewright.engines.background.BackgroundRemovalTool;
import dev.framewright.engines.background.BorderFloodMatting;
import dev.framewright.engines.background.IsnetMatting;
import dev.framewright.engines.connectors.Outbound;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.upscale.Esrgan;
import dev.framewright.engines.upscale.EsrganUpscaleTool;
import dev.framewright.engines.upscale.LanczosUpscaleTool;
import dev.framewright.engines.vectorize.PotraceVectorizeTool;
import dev.framewright.engines.video.FfmpegUpscaleVideoTool;
import dev.framewright.engines.video.VideoBackgroundRemovalTool;
import dev.framewright.server.config.ServerConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every tool engine of this node, in each tool's order of preference, as the configuration asks:
 * the transforms, the generative engines and connectors ({@link GenerativeEngines}) and the audio
 * tools, all marking outputs with the configured watermark. Part of the composition root.
 */
final class LocalTools {
    private LocalTools() {}

    /**
     * @throws IllegalArgumentException or {@link dev.framewright.server.config.ConfigException} when
     *     engines-disabled names an unknown engine or a connector setting is invalid
     */
    static ToolRegistry registry(
            ServerConfig config, AudioTools audio, AnalysisEngines analysis, OutboundGuard guard, BlobStore blobs) {
        Set<String> others = new TreeSet<>(analysis.engineNames());
        others.addAll(audio.speechEngines);
        Watermark mark = new Watermark(config.watermarkText());
        Duration timeout = config.executionTimeout();
        Esrgan esrgan = new Esrgan(config.modelsDir()); // one model for upscale-image and upscale-video
        Outbound outbound = outbound(guard);
        List<Tool> everything = new ArrayList<>(List.of(
                new PotraceVectorizeTool(mark, timeout),
                new BackgroundRemovalTool(new IsnetMatting(config.modelsDir()), mark),
                new BackgroundRemovalTool(new BorderFloodMatting(), mark),
                new VideoBackgroundRemovalTool(
                        "isnet-keyframes", new IsnetMatting(config.modelsDir()), false, mark, timeout),
                new VideoBackgroundRemovalTool("border-flood-video", new BorderFloodMatting(), true, mark, timeout),
                new EsrganUpscaleTool(esrgan, mark, config.upscaleImagePasses()),
                new LanczosUpscaleTool(mark),
                new FfmpegUpscaleVideoTool(mark, timeout, esrgan, config.upscaleVideoEsrganMaxSeconds())));
        everything.addAll(GenerativeEngines.ordered(config.connectors(), outbound, mark));
        everything.addAll(GenerativeEngines.clips(config.connectors(), outbound, mark, timeout));
        everything.addAll(
                GenerativeEngines.avatars(config.connectors(), outbound, mark, new BlobPhoneTimings(blobs), timeout));
        everything.addAll(audio.tools);
        return new ToolRegistry(everything, config.enginesDisabled(), others);
    }

    /** The connectors' way out: every request is checked by the SSRF guard first ({@link GuardedOutbound}). */
    private static Outbound outbound(OutboundGuard guard) {
        return new GuardedOutbound(
                guard,
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build());
    }
}
