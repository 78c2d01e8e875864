package dev.framewright.engines.upscale;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolFailure;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an input image for upscaling, refusing (with {@code input_invalid}) content that is not a
 * readable raster image, and sizes over the limits before any pixel is decoded.
 */
public final class UpscaleInput {
    private UpscaleInput() {}

    /**
     * @throws ToolFailure {@code input_invalid} for unreadable, corrupt or oversized images
     * @throws IOException when the file itself cannot be read
     */
    public static BufferedImage read(Path file, int scale, long maxSourcePixels, int maxOutputSide)
            throws ToolFailure, IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw ToolFailure.inputInvalid(
                        "The input is not a raster image this engine can read (PNG, JPEG, GIF, WebP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkSize(reader.getWidth(0), reader.getHeight(0), scale, maxSourcePixels, maxOutputSide);
                return reader.read(0);
            } catch (IOException | RuntimeException e) {
                throw new ToolFailure(
                        ErrorCode.INPUT_INVALID, "The input image is corrupt and cannot be decoded", false, e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static void checkSize(int width, int height, int scale, long maxSourcePixels, int maxOutputSide)
            throws ToolFailure {
        if ((long) width * height > maxSourcePixels) {
            throw ToolFailure.inputInvalid("The image is too large to upscale: " + width + "x" + height + " is over "
                    + maxSourcePixels / 1_000_000 + " megapixels");
        }
        if ((long) width * scale > maxOutputSide || (long) height * scale > maxOutputSide) {
            throw ToolFailure.inputInvalid("The image is too large to upscale: the result would be over "
                    + maxOutputSide + " pixels on a side");
        }
    }
}
