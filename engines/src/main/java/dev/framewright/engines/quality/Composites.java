package dev.framewright.engines.quality;

import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Background-removal test cases with a known answer: each foreground SVG (exact alpha, rendered by
 * rsvg-convert) is pasted onto a background — one of the photos, or a drawn gradient, pattern or
 * noise — and the foreground's own alpha is the ground truth. Deterministic.
 */
public final class Composites {
    public static final int SIZE = 320;

    /** A composite image (opaque) and its true alpha (as the alpha of an ARGB image). */
    public record Case(String name, BufferedImage image, BufferedImage truth) {}

    private Composites() {}

    /**
     * One case per foreground SVG in {@code foregrounds}, backgrounds cycling through the PNGs of
     * {@code photos} and drawn ones.
     */
    public static List<Case> build(Path foregrounds, Path photos, Path scratch)
            throws IOException, InterruptedException, ToolFailure {
        List<Path> svgs = sorted(foregrounds, ".svg");
        List<Path> backs = sorted(photos, ".png");
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < svgs.size(); i++) {
            int size = 200 + (i * 37) % 70;
            BufferedImage fg = render(svgs.get(i), size, scratch);
            BufferedImage bg = i % 2 == 0 && !backs.isEmpty()
                    ? defocused(
                            scaled(ImageIO.read(
                                    backs.get((i / 2) % backs.size()).toFile())),
                            3 + i % 5)
                    : drawn(i);
            int x = 20 + (i * 53) % (SIZE - size - 30);
            int y = 15 + (i * 31) % (SIZE - size - 20);
            BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
            BufferedImage truth = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            Graphics2D t = truth.createGraphics();
            try {
                g.drawImage(bg, 0, 0, null);
                g.drawImage(fg, x, y, null);
                t.drawImage(fg, x, y, null);
            } finally {
                g.dispose();
                t.dispose();
            }
            String name = svgs.get(i).getFileName().toString().replace(".svg", "");
            out.add(new Case(name, image, truth));
        }
        return out;
    }

    private static List<Path> sorted(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static BufferedImage render(Path svg, int size, Path scratch)
            throws IOException, InterruptedException, ToolFailure {
        Path png = scratch.resolve(svg.getFileName() + "." + size + ".png");
        Subprocess.of(
                        "rsvg-convert",
                        "--width",
                        String.valueOf(size),
                        "--height",
                        String.valueOf(size),
                        "--output",
                        png.toString(),
                        svg.toString())
                .run();
        return ImageIO.read(png.toFile());
    }

    private static BufferedImage scaled(BufferedImage photo) {
        BufferedImage out = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(
                    java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(photo, 0, 0, SIZE, SIZE, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * A photo as the out-of-focus background of a product or portrait shot (three box blurs of
     * {@code radius}). Sharp photos with a subject of their own are two-subject images, where a
     * salient-object model rightly keeps both.
     */
    static BufferedImage defocused(BufferedImage image, int radius) {
        BufferedImage out = image;
        for (int pass = 0; pass < 3; pass++) {
            out = boxBlur(out, radius);
        }
        return out;
    }

    private static BufferedImage boxBlur(BufferedImage in, int r) {
        int w = in.getWidth();
        int h = in.getHeight();
        int[] src = in.getRGB(0, 0, w, h, null, 0, w);
        int[] tmp = new int[w * h];
        int[] dst = new int[w * h];
        blurLine(src, tmp, w, h, r, true);
        blurLine(tmp, dst, w, h, r, false);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, dst, 0, w);
        return out;
    }

    private static void blurLine(int[] src, int[] dst, int w, int h, int r, boolean horizontal) {
        int lines = horizontal ? h : w;
        int length = horizontal ? w : h;
        for (int l = 0; l < lines; l++) {
            for (int k = 0; k < length; k++) {
                int[] sum = new int[3];
                int n = 0;
                for (int d = Math.max(0, k - r); d <= Math.min(length - 1, k + r); d++) {
                    int p = src[horizontal ? l * w + d : d * w + l];
                    sum[0] += (p >> 16) & 0xFF;
                    sum[1] += (p >> 8) & 0xFF;
                    sum[2] += p & 0xFF;
                    n++;
                }
                dst[horizontal ? l * w + k : k * w + l] = (sum[0] / n) << 16 | (sum[1] / n) << 8 | (sum[2] / n);
            }
        }
    }

    /** Drawn backgrounds: gradients, stripes, a checkerboard, noise. */
    private static BufferedImage drawn(int i) {
        BufferedImage out = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        Random random = new Random(i);
        try {
            switch ((i / 2) % 5) {
                case 0 -> {
                    g.setPaint(new GradientPaint(0, 0, new Color(0x3A86FF), SIZE, SIZE, new Color(0xFFBE0B)));
                    g.fillRect(0, 0, SIZE, SIZE);
                }
                case 1 -> {
                    g.setPaint(new RadialGradientPaint(
                            SIZE / 2f, SIZE / 2f, SIZE * 0.7f, new float[] {0f, 1f}, new Color[] {
                                new Color(0xF1FAEE), new Color(0x457B9D)
                            }));
                    g.fillRect(0, 0, SIZE, SIZE);
                }
                case 2 -> {
                    for (int s = 0; s < SIZE; s += 20) {
                        g.setColor(s % 40 == 0 ? new Color(0x2B2D42) : new Color(0x8D99AE));
                        g.fillRect(s, 0, 20, SIZE);
                    }
                }
                case 3 -> {
                    for (int yy = 0; yy < SIZE; yy += 32) {
                        for (int xx = 0; xx < SIZE; xx += 32) {
                            g.setColor(((xx + yy) / 32) % 2 == 0 ? new Color(0xDDDDDD) : new Color(0x999999));
                            g.fillRect(xx, yy, 32, 32);
                        }
                    }
                }
                default -> {
                    for (int yy = 0; yy < SIZE; yy++) {
                        for (int xx = 0; xx < SIZE; xx++) {
                            int v = 90 + random.nextInt(60);
                            out.setRGB(xx, yy, new Color(v, v + 20, v - 30).getRGB());
                        }
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }
}
