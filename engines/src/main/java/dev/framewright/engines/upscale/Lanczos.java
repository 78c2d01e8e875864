package dev.framewright.engines.upscale;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;

/**
 * A Lanczos3 resampler for any scale factor, up or down, each axis on its own. Works on
 * premultiplied alpha so that transparent pixels never bleed their colour into edges (no halos), and
 * clamps the kernel's overshoot.
 *
 * <p>Separable and streaming: output rows are made in bands of {@value #BAND_ROWS}; each band
 * resamples horizontally only the input rows it needs, then vertically, so memory beyond the input
 * and output images stays small. Rows within a band run in parallel on the common fork-join pool.
 * Thread-safe (stateless).
 */
public final class Lanczos {
    static final int BAND_ROWS = 64;

    private Lanczos() {}

    /** {@code src} resampled to {@code width × height}, as a new {@code TYPE_INT_ARGB} image. */
    public static BufferedImage resize(BufferedImage src, int width, int height) {
        return resize(src, width, height, fraction -> {}, () -> false);
    }

    /**
     * Like {@link #resize(BufferedImage, int, int)}, reporting progress (0–1) after each band and
     * checking {@code cancelled} before each.
     *
     * @throws CancellationException once {@code cancelled} returns true
     */
    public static BufferedImage resize(
            BufferedImage src, int width, int height, DoubleConsumer progress, BooleanSupplier cancelled) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("width and height must be at least 1, got " + width + "x" + height);
        }
        int sw = src.getWidth();
        int[] in = argbPixels(src);
        ResampleKernel across = ResampleKernel.lanczos3(sw, width);
        ResampleKernel down = ResampleKernel.lanczos3(src.getHeight(), height);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y0 = 0; y0 < height; y0 += BAND_ROWS) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("resize cancelled");
            }
            int y1 = Math.min(height, y0 + BAND_ROWS);
            int first = down.start(y0);
            int last = IntStream.range(y0, y1).map(down::end).max().orElseThrow();
            float[] rows = new float[(last - first) * width * 4];
            IntStream.range(first, last)
                    .parallel()
                    .forEach(r -> Rows.horizontal(in, r * sw, sw, across, rows, (r - first) * width * 4));
            IntStream.range(y0, y1).parallel().forEach(y -> Rows.vertical(rows, first, width, down, y, pixels));
            progress.accept((double) y1 / height);
        }
        return out;
    }

    /** Non-premultiplied sRGB ARGB pixels, row by row; the image's own array when it already is one. */
    static int[] argbPixels(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_INT_ARGB
                && src.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() == src.getWidth()
                && src.getRaster().getDataBuffer().getOffset() == 0
                && src.getRaster().getSampleModelTranslateX() == 0
                && src.getRaster().getSampleModelTranslateY() == 0) {
            return ((DataBufferInt) src.getRaster().getDataBuffer()).getData();
        }
        BufferedImage copy = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(src, 0, 0, null);
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
    }
}
