package dev.framewright.engines.background;

import dev.framewright.core.executions.EngineInfo;
import dev.framewright.core.executions.ToolFailure;
import java.awt.image.BufferedImage;
import java.util.function.BooleanSupplier;

/**
 * What separates a foreground from its background: an alpha matte (0–1 per pixel, row-major) at the
 * image's own size. Implementations are thread-safe.
 */
public interface Matting {
    /** Engine name, version, licence, model and whether it can run (cheap; no model loading). */
    EngineInfo probe();

    /**
     * @throws ToolFailure the engine failed ({@code engine_failed}) or the run was cancelled
     */
    float[] alpha(BufferedImage image, BooleanSupplier cancelled) throws ToolFailure, InterruptedException;
}
