package dev.framewright.engines.media;

import dev.framewright.core.files.MediaInfo;
import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the pixel size of an image from its header, without decoding the pixels. WebP is read by the
 * TwelveMonkeys plugin that ImageIO finds on the class path.
 */
final class ImageProbe {
    private ImageProbe() {}

    /** The image's facts; width and height are null when its header cannot be read. */
    static MediaInfo probe(Path file, SniffedType type) throws IOException {
        Optional<Dimension> size = type.equals(SniffedType.SVG) ? svgSize(file) : rasterSize(file);
        return type.withFacts(
                size.map(d -> d.width).orElse(null), size.map(d -> d.height).orElse(null), null);
    }

    /** Width and height of a PNG, JPEG, GIF or WebP file, or empty when no reader understands it. */
    static Optional<Dimension> rasterSize(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Dimension(reader.getWidth(0), reader.getHeight(0)));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // a corrupt header: the caller decides what that means
            } finally {
                reader.dispose();
            }
        }
    }

    private static Optional<Dimension> svgSize(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MediaSniffer.HEAD_BYTES);
        }
        SvgSize size = SvgSize.of(head);
        return size.width() == null ? Optional.empty() : Optional.of(new Dimension(size.width(), size.height()));
    }
}
