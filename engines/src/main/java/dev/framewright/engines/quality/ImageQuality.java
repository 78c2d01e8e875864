package dev.framewright.engines.quality;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Image quality measures for tests and benchmarks: PSNR and SSIM on luma (BT.601, 8-bit scale,
 * transparent pixels composited on white), and IoU of two alpha masks. Stateless.
 */
public final class ImageQuality {
    private static final int WINDOW = 11;
    private static final double SIGMA = 1.5;
    private static final double C1 = Math.pow(0.01 * 255, 2);
    private static final double C2 = Math.pow(0.03 * 255, 2);

    private ImageQuality() {}

    /** Peak signal-to-noise ratio over the RGB channels, in dB (infinite for identical images). */
    public static double psnr(BufferedImage a, BufferedImage b) {
        requireSameSize(a, b);
        double se = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    double d = ((p >> shift) & 0xFF) - ((q >> shift) & 0xFF);
                    se += d * d;
                }
            }
        }
        double mse = se / (3.0 * a.getWidth() * a.getHeight());
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
    }

    /** Mean structural similarity of the lumas (11×11 Gaussian window, σ 1.5; Wang et al. 2004). */
    public static double ssim(BufferedImage a, BufferedImage b) {
        requireSameSize(a, b);
        int w = a.getWidth();
        int h = a.getHeight();
        double[] x = luma(a);
        double[] y = luma(b);
        double[] mx = blur(x, w, h);
        double[] my = blur(y, w, h);
        double[] xx = blur(product(x, x), w, h);
        double[] yy = blur(product(y, y), w, h);
        double[] xy = blur(product(x, y), w, h);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double vx = xx[i] - mx[i] * mx[i];
            double vy = yy[i] - my[i] * my[i];
            double cxy = xy[i] - mx[i] * my[i];
            sum += ((2 * mx[i] * my[i] + C1) * (2 * cxy + C2))
                    / ((mx[i] * mx[i] + my[i] * my[i] + C1) * (vx + vy + C2));
        }
        return sum / x.length;
    }

    /** Intersection over union of the pixels whose alpha is at least half, in two same-size images. */
    public static double alphaIou(BufferedImage a, BufferedImage b) {
        requireSameSize(a, b);
        long inter = 0;
        long union = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                boolean p = (a.getRGB(x, y) >>> 24) >= 128;
                boolean q = (b.getRGB(x, y) >>> 24) >= 128;
                inter += p && q ? 1 : 0;
                union += p || q ? 1 : 0;
            }
        }
        return union == 0 ? 1.0 : (double) inter / union;
    }

    /** {@code image} over an opaque background, as {@code TYPE_INT_RGB}. */
    public static BufferedImage flatten(BufferedImage image, Color background) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(background);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static double[] luma(BufferedImage image) {
        BufferedImage flat = flatten(image, Color.WHITE);
        double[] out = new double[flat.getWidth() * flat.getHeight()];
        for (int y = 0; y < flat.getHeight(); y++) {
            for (int x = 0; x < flat.getWidth(); x++) {
                int p = flat.getRGB(x, y);
                out[y * flat.getWidth() + x] =
                        0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
            }
        }
        return out;
    }

    private static double[] product(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * b[i];
        }
        return out;
    }

    /** Separable Gaussian blur, edges clamped. */
    private static double[] blur(double[] in, int w, int h) {
        double[] k = new double[WINDOW];
        double norm = 0;
        for (int i = 0; i < WINDOW; i++) {
            int d = i - WINDOW / 2;
            k[i] = Math.exp(-d * d / (2 * SIGMA * SIGMA));
            norm += k[i];
        }
        for (int i = 0; i < WINDOW; i++) {
            k[i] /= norm;
        }
        double[] tmp = new double[in.length];
        double[] out = new double[in.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = 0;
                for (int i = 0; i < WINDOW; i++) {
                    int xx = Math.min(w - 1, Math.max(0, x + i - WINDOW / 2));
                    s += k[i] * in[y * w + xx];
                }
                tmp[y * w + x] = s;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = 0;
                for (int i = 0; i < WINDOW; i++) {
                    int yy = Math.min(h - 1, Math.max(0, y + i - WINDOW / 2));
                    s += k[i] * tmp[yy * w + x];
                }
                out[y * w + x] = s;
            }
        }
        return out;
    }

    private static void requireSameSize(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException("images differ in size: " + a.getWidth() + "x" + a.getHeight() + " vs "
                    + b.getWidth() + "x" + b.getHeight());
        }
    }
}
