package dev.framewright.engines.vectorize;

import dev.framewright.core.executions.ToolFailure;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Traces a quantized image into one SVG: one potrace pass per colour, stacked. Colours are drawn
 * most common first, and each layer's bitmap is its colour <em>plus every colour drawn above it</em>,
 * so lower layers run on under the upper ones and no seams open between neighbouring shapes. An
 * opaque bottom layer is a plain {@code <rect>}.
 */
final class LayeredTracer {
    private final Potrace potrace;

    LayeredTracer(Potrace potrace) {
        this.potrace = potrace;
    }

    /**
     * @param extra SVG markup drawn last (the watermark), or empty
     * @param progress 0–1 as the layers are traced
     */
    String trace(
            Quantizer.Result q,
            int width,
            int height,
            Path dir,
            String extra,
            DoubleConsumer progress,
            BooleanSupplier cancelled)
            throws ToolFailure, InterruptedException {
        SvgDocument svg = new SvgDocument(width, height);
        boolean opaque = Arrays.stream(q.index()).noneMatch(i -> i < 0);
        boolean[] mask = new boolean[q.index().length];
        for (int layer = 0; layer < q.colours(); layer++) {
            if (layer == 0 && opaque) {
                svg.background(q.palette()[0]);
            } else {
                for (int i = 0; i < mask.length; i++) {
                    mask[i] = q.index()[i] >= layer;
                }
                svg.layer(q.palette()[layer], potrace.trace(mask, width, height, dir, "layer-" + layer, cancelled));
            }
            progress.accept((layer + 1.0) / q.colours());
        }
        svg.extra(extra);
        return svg.toString();
    }
}
