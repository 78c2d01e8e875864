package dev.framewright.engines.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewright.contract.ErrorCode;
import dev.framewright.contract.FileType;
import dev.framewright.contract.ToolType;
import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.Tool;
import dev.framewright.core.executions.ToolContext;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.core.executions.ToolOutput;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.scene.AspectSize;
import dev.framewright.engines.scene.ScenePlan;
import dev.framewright.engines.scene.ScenePrompt;
import dev.framewright.engines.scene.SceneRenderer;
import dev.framewright.engines.scene.SceneSeed;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * {@code generate-image} offline: a deterministic procedural scene renderer in Java2D. It is not a
 * diffusion model and says so in the engines list and in every output's description. The prompt
 * picks palette, time of day, setting, weather, subjects and a quoted caption; reference images become
 * the recoloured base. PNG, long side {@value #LONG_SIDE} px with exactly the requested aspect ratio.
 */
public final class ProceduralImageTool implements Tool {
    public static final String ENGINE = "procedural-scene";
    public static final String VERSION = "1.0";
    static final int LONG_SIDE = 1024;

    private final Watermark watermark;

    public ProceduralImageTool(Watermark watermark) {
        this.watermark = watermark;
    }

    @Override
    public ToolType type() {
        return ToolType.GENERATE_IMAGE;
    }

    @Override
    public EngineInfo probe() {
        return EngineInfo.available(
                ENGINE,
                VERSION,
                "Apache-2.0 (our code)",
                Map.of(
                        "kind", "procedural renderer (Java2D), not a diffusion model",
                        "output", "PNG, long side " + LONG_SIDE + " px, exact aspect ratio",
                        "seed", "SHA-256 of prompt, reduced aspect ratio, result index and reference hashes",
                        "understands", "colour words, time of day, setting, weather, common nouns, \"quoted text\""));
    }

    @Override
    public ToolOutput run(ToolContext ctx) throws ToolFailure, InterruptedException {
        JsonNode in = ctx.input();
        String prompt = in.path("prompt").asText("");
        int rw = in.path("aspectRatio").path("width").asInt(16);
        int rh = in.path("aspectRatio").path("height").asInt(9);
        AspectSize size = AspectSize.of(rw, rh, LONG_SIDE);
        List<String> refIds = ImageInputs.ids(in);
        long seed = SceneSeed.of(prompt, rw, rh, ctx.resultIndex(), ImageInputs.hashes(ctx, refIds));
        ScenePlan plan = ScenePlan.of(ScenePrompt.parse(prompt), seed);
        List<BufferedImage> refs = ImageInputs.decode(ctx, refIds, LONG_SIDE);
        stopIfCancelled(ctx);
        ctx.progress(0.2);
        BufferedImage img = SceneRenderer.render(plan, size.width(), size.height(), refs);
        if (ctx.watermark()) {
            watermark.drawOn(img);
        }
        stopIfCancelled(ctx);
        ctx.progress(0.8);
        Path out = ctx.scratchDir().resolve("image.png");
        try {
            ImageIO.write(img, "png", out.toFile());
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The image could not be written", true, e);
        }
        ctx.progress(1.0);
        return new ToolOutput(out, FileType.IMAGE, "image/png", "png", null, description(plan, size, refs.size()));
    }

    static String description(ScenePlan plan, AspectSize size, int references) {
        return "Procedural render by " + ENGINE + " " + VERSION + " (Java2D; not a diffusion model): "
                + plan.prompt().summary()
                + (references > 0 ? "; " + references + " reference image(s) recoloured as the base" : "")
                + "; " + size.width() + "×" + size.height() + " px; seed " + Long.toHexString(plan.seed()) + ".";
    }

    static void stopIfCancelled(ToolContext ctx) throws ToolFailure {
        if (ctx.cancelled()) {
            throw ToolFailure.engineFailed("The render was stopped: the run was cancelled");
        }
    }
}
