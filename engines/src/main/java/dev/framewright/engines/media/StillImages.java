package dev.framewright.engines.media;

import dev.framewright.core.files.MediaInfo;
import dev.framewright.engines.process.Subprocess;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Decodes still images of every accepted format (PNG, JPEG, WebP, GIF's first frame, SVG through
 * {@code rsvg-convert}) for engines that look at pixels, such as file analysis. Thread-safe.
 */
public final class StillImages {
    private final SvgRasterizer svg;

    public StillImages(Duration timeout) {
        this.svg = new SvgRasterizer(new Programs(Subprocess::which, timeout));
    }

    /**
     * The image shrunk to fit {@code box × box} (never enlarged; an SVG is drawn at that size).
     *
     * @throws IOException the image cannot be decoded
     */
    public BufferedImage decode(Path file, MediaInfo info, int box, Path workDir)
            throws IOException, InterruptedException {
        if (SniffedType.SVG.contentType().equals(info.contentType())) {
            Path png = workDir.resolve("svg-" + box + ".png");
            Dimension size = svg.rasterize(file, info, box, png);
            BufferedImage image = RasterImages.read(png, Math.max(size.width, size.height));
            return image;
        }
        return RasterImages.shrinkToFit(RasterImages.read(file, box), box);
    }

    /** Writes {@code image} as PNG. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        RasterImages.writePng(image, file);
    }
}
