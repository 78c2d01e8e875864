package dev.framewright.engines.analysis;

import dev.framewright.engines.media.StillImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Prepares an image for OCR: opaque, and large enough for Tesseract to see small text. */
final class OcrInput {
    private OcrInput() {}

    /** Writes the prepared image to {@code png} and returns it. */
    static Path prepare(BufferedImage image, Path png) throws IOException {
        int scale = Math.max(image.getWidth(), image.getHeight()) < UploadDescriber.UPSCALE_BELOW ? 2 : 1;
        BufferedImage out =
                new BufferedImage(image.getWidth() * scale, image.getHeight() * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            // transparent areas become the backdrop that contrasts with the drawn pixels
            g.setColor(mostlyLight(image) ? Color.BLACK : Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        } finally {
            g.dispose();
        }
        StillImages.writePng(out, png);
        return png;
    }

    /** Whether the opaque pixels of an image with transparency are mostly light (e.g. white lettering). */
    private static boolean mostlyLight(BufferedImage image) {
        if (!ImageFacts.transparent(image)) {
            return false;
        }
        long light = 0;
        long opaque = 0;
        int step = Math.max(1, Math.max(image.getWidth(), image.getHeight()) / 128);
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) >= 128) {
                    opaque++;
                    int luma = (((argb >> 16) & 0xff) * 3 + ((argb >> 8) & 0xff) * 6 + (argb & 0xff)) / 10;
                    light += luma > 160 ? 1 : 0;
                }
            }
        }
        return opaque > 0 && light * 2 > opaque;
    }
}
