package dev.framewright.engines.connectors;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.generate.ImageInputs;
import dev.framewright.engines.media.Watermark;
import dev.framewright.engines.scene.AspectSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A service's image made ours: decoded (or refused), cropped to the exact ratio, watermarked, PNG. */
final class ImageResult {
    private static final int MAX_SIDE = 8192;

    private ImageResult() {}

    static void finish(Path raw, int rw, int rh, Watermark mark, Path out, String provider) throws ToolFailure {
        BufferedImage img;
        try {
            img = ImageInputs.read(raw, MAX_SIDE);
        } catch (IOException | RuntimeException e) {
            throw new ToolFailure(
                    ErrorCode.ENGINE_FAILED, provider + " returned something that is not an image", false, e);
        }
        BufferedImage exact = toRgb(crop(img, rw, rh));
        if (mark != null) {
            mark.drawOn(exact);
        }
        try {
            ImageIO.write(exact, "png", out.toFile());
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.INTERNAL_ERROR, "The image could not be written", true, e);
        }
    }

    /** The largest centred crop with exactly {@code rw:rh}; scaled to the nearest exact size if none fits. */
    static BufferedImage crop(BufferedImage img, int rw, int rh) {
        int g = BigInteger.valueOf(rw).gcd(BigInteger.valueOf(rh)).intValue();
        int a = rw / g, b = rh / g;
        int k = Math.min(img.getWidth() / a, img.getHeight() / b);
        if (k >= 1) {
            int w = a * k, h = b * k;
            return img.getSubimage((img.getWidth() - w) / 2, (img.getHeight() - h) / 2, w, h);
        }
        AspectSize s = AspectSize.of(rw, rh, Math.max(img.getWidth(), img.getHeight()));
        BufferedImage scaled = new BufferedImage(s.width(), s.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D gr = scaled.createGraphics();
        gr.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        gr.drawImage(img, 0, 0, s.width(), s.height(), null);
        gr.dispose();
        return scaled;
    }

    private static BufferedImage toRgb(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_RGB || img.getType() == BufferedImage.TYPE_INT_ARGB) {
            BufferedImage copy = new BufferedImage(img.getWidth(), img.getHeight(), img.getType());
            copy.getGraphics().drawImage(img, 0, 0, null);
            return copy;
        }
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
