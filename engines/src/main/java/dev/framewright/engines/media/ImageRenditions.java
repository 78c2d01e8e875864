package dev.framewright.engines.media;

import dev.framewright.core.files.MediaInfo;
import dev.framewright.core.files.Rendition;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Thumbnail (fits 256²) and preview (fits 720²) of an image (API.md §7.3). Raster images are shrunk,
 * never enlarged, with Lanczos3, and written as PNG when they have transparency, else as JPEG. SVG is
 * rasterized to PNG at the box size by {@link SvgRasterizer}, since a vector scales without loss.
 */
final class ImageRenditions {
    static final int THUMBNAIL_BOX = 256;
    static final int PREVIEW_BOX = 720;

    private final SvgRasterizer svg;

    ImageRenditions(SvgRasterizer svg) {
        this.svg = svg;
    }

    Rendition thumbnail(Path source, MediaInfo info, Path outDir) throws IOException, InterruptedException {
        return make(source, info, outDir, "thumbnail", THUMBNAIL_BOX);
    }

    Rendition preview(Path source, MediaInfo info, Path outDir) throws IOException, InterruptedException {
        return make(source, info, outDir, "preview", PREVIEW_BOX);
    }

    private Rendition make(Path source, MediaInfo info, Path outDir, String name, int box)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        if (SniffedType.SVG.contentType().equals(info.contentType())) {
            Path png = outDir.resolve(name + ".png");
            Dimension size = svg.rasterize(source, info, box, png);
            return Rendition.ready(png.getFileName().toString(), "image/png", size.width, size.height, Files.size(png));
        }
        BufferedImage image = RasterImages.shrinkToFit(RasterImages.read(source, box), box);
        boolean alpha = RasterImages.hasTransparency(image);
        Path out = outDir.resolve(name + (alpha ? ".png" : ".jpg"));
        if (alpha) {
            RasterImages.writePng(image, out);
        } else {
            RasterImages.writeJpeg(image, out);
        }
        String type = alpha ? "image/png" : "image/jpeg";
        return Rendition.ready(
                out.getFileName().toString(), type, image.getWidth(), image.getHeight(), Files.size(out));
    }
}
