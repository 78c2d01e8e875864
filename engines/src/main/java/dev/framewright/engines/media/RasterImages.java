package dev.framewright.engines.media;

import dev.framewright.engines.upscale.Lanczos;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/** Reading, fitting and writing raster images for renditions. */
final class RasterImages {
    static final float JPEG_QUALITY = 0.85f;

    /**
     * Decoding keeps at least this many times the target size, so that subsampled decoding of huge
     * images (bounded memory) still leaves the Lanczos filter enough samples.
     */
    private static final int OVERSAMPLE = 3;

    private RasterImages() {}

    /** Decodes the first frame of {@code file}, subsampled when it is far larger than {@code box}². */
    static BufferedImage read(Path file, int box) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("the image format cannot be decoded");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                Dimension fit = fit(reader.getWidth(0), reader.getHeight(0), box);
                int step = Math.max(1, reader.getWidth(0) / (fit.width * OVERSAMPLE));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } catch (RuntimeException e) {
                throw new IOException("the image is corrupt and cannot be decoded", e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The size of {@code width × height} shrunk to fit {@code box × box}; never enlarged. */
    static Dimension fit(int width, int height, int box) {
        double scale = Math.min(1.0, Math.min((double) box / width, (double) box / height));
        return new Dimension(
                Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    /** {@code image} shrunk to fit {@code box × box} (Lanczos3), as {@code TYPE_INT_ARGB}. */
    static BufferedImage shrinkToFit(BufferedImage image, int box) {
        Dimension size = fit(image.getWidth(), image.getHeight(), box);
        return Lanczos.resize(image, size.width, size.height);
    }

    /** Whether any pixel is not fully opaque. */
    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    static void writePng(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG encoder available");
        }
    }

    /** Writes {@code image}, flattened to RGB, as a baseline JPEG of quality {@value #JPEG_QUALITY}. */
    static void writeJpeg(BufferedImage image, Path file) throws IOException {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
