package dev.framewright.engines.upscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LanczosTest {
    @Test
    void resizesToTheRequestedSize() {
        BufferedImage out = Lanczos.resize(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), 128, 96);

        assertThat(out.getWidth()).isEqualTo(128);
        assertThat(out.getHeight()).isEqualTo(96);
        assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
    }

    @Test
    void handlesAnyScaleFactorOnEachAxis() {
        BufferedImage source = smooth(37, 23);

        assertThat(Lanczos.resize(source, 1, 1).getRGB(0, 0) >>> 24).isEqualTo(255);
        assertThat(Lanczos.resize(source, 300, 5).getWidth()).isEqualTo(300);
        assertThat(Lanczos.resize(source, 3, 200).getHeight()).isEqualTo(200);
        assertThat(Lanczos.resize(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB), 7, 9)
                        .getWidth())
                .isEqualTo(7);
        assertThatThrownBy(() -> Lanczos.resize(source, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFlatImageStaysFlat() {
        BufferedImage flat = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        fill(flat, new Color(12, 200, 99, 255));

        BufferedImage up = Lanczos.resize(flat, 33, 17);
        BufferedImage down = Lanczos.resize(flat, 3, 4);

        for (BufferedImage image : List.of(up, down)) {
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    assertThat(image.getRGB(x, y)).isEqualTo(0xFF0CC863);
                }
            }
        }
    }

    @Test
    void upscalingASmoothImageRecoversItsOriginal() {
        BufferedImage original = smooth(128, 96);
        BufferedImage reduced = Lanczos.resize(original, 64, 48);

        BufferedImage restored = Lanczos.resize(reduced, 128, 96);

        assertThat(psnr(original, restored)).isGreaterThan(30.0);
    }

    @Test
    void transparentNeighboursDoNotDarkenEdges() {
        BufferedImage sprite = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB); // transparent black
        Graphics2D g = sprite.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(6, 6, 8, 8);
        g.dispose();

        BufferedImage up = Lanczos.resize(sprite, 40, 40);

        assertThat(up.getRGB(0, 0) >>> 24).isZero();
        assertThat(up.getRGB(20, 20)).isEqualTo(0xFFFF0000);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                int argb = up.getRGB(x, y);
                if (argb >>> 24 > 8) {
                    assertThat((argb >> 16) & 0xFF).as("red at %d,%d", x, y).isGreaterThan(245);
                    assertThat(argb & 0xFFFF)
                            .as("green and blue at %d,%d", x, y)
                            .isLessThan(0x0505);
                }
            }
        }
    }

    @Test
    void reportsProgressPerBandAndStopsWhenCancelled() {
        BufferedImage tall = smooth(8, 200);
        List<Double> progress = new ArrayList<>();
        Lanczos.resize(tall, 16, 400, progress::add, () -> false);
        AtomicInteger checks = new AtomicInteger();

        assertThat(progress)
                .hasSize((400 + Lanczos.BAND_ROWS - 1) / Lanczos.BAND_ROWS)
                .isSorted()
                .endsWith(1.0);
        assertThatThrownBy(() -> Lanczos.resize(tall, 16, 400, f -> {}, () -> checks.incrementAndGet() > 2))
                .isInstanceOf(CancellationException.class);
        assertThat(checks).hasValue(3);
    }

    @Test
    void readsAnyImageType() {
        BufferedImage gray = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        fill(gray, new Color(128, 128, 128));

        assertThat(Lanczos.resize(gray, 8, 8).getRGB(3, 3)).isEqualTo(0xFF808080);
        assertThat(Lanczos.resize(smooth(30, 20).getSubimage(5, 5, 10, 10), 20, 20)
                        .getWidth())
                .isEqualTo(20);
    }

    static BufferedImage smooth(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (int) (128 + 100 * Math.sin(x / 9.0) * Math.cos(y / 7.0));
                int g = 255 * x / width;
                int b = 255 * y / height;
                image.setRGB(x, y, 0xFF000000 | r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    static double psnr(BufferedImage a, BufferedImage b) {
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    double d = ((p >> shift) & 0xFF) - ((q >> shift) & 0xFF);
                    sum += d * d;
                }
            }
        }
        double mse = sum / (a.getWidth() * a.getHeight() * 3.0);
        return 10 * Math.log10(255.0 * 255.0 / mse);
    }

    private static void fill(BufferedImage image, Color color) {
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
    }
}
