package dev.framewright.engines.media;

import dev.framewright.core.files.MediaInfo;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Rasterizes SVG to PNG with {@code rsvg-convert} (librsvg). The SVG is fed on stdin, so it has no
 * base location and cannot pull in other local files.
 */
final class SvgRasterizer {
    /** Size assumed for an SVG that declares neither size nor viewBox (the CSS default replaced box). */
    static final Dimension DEFAULT_SIZE = new Dimension(300, 150);

    private final Programs programs;

    SvgRasterizer(Programs programs) {
        this.programs = programs;
    }

    /**
     * Writes {@code svg} to {@code png}, scaled (up or down) to fit {@code box × box}.
     *
     * @return the PNG's size
     * @throws IOException when rsvg-convert is missing or fails
     */
    Dimension rasterize(Path svg, MediaInfo info, int box, Path png) throws IOException, InterruptedException {
        Path program = programs.require("rsvg-convert", ": SVG images cannot be rasterized");
        Dimension size = target(info, box);
        programs.run(
                null,
                svg,
                List.of(
                        program.toString(),
                        "--width",
                        String.valueOf(size.width),
                        "--height",
                        String.valueOf(size.height),
                        "--format",
                        "png",
                        "--output",
                        png.toAbsolutePath().toString()));
        return ImageProbe.rasterSize(png).orElseThrow(() -> new IOException("rsvg-convert wrote no image"));
    }

    /** The declared size (or {@link #DEFAULT_SIZE}) scaled to fit {@code box × box}. */
    static Dimension target(MediaInfo info, int box) {
        boolean known = info.width() != null && info.height() != null;
        double w = known ? info.width() : DEFAULT_SIZE.width;
        double h = known ? info.height() : DEFAULT_SIZE.height;
        double scale = Math.min(box / w, box / h);
        return new Dimension(Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale)));
    }
}
