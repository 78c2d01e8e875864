package dev.framewright.engines.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class WatermarkTest {
    @Test
    void marksOnlyTheBottomRightCorner() {
        BufferedImage image = MediaFixtures.gradient(400, 300, false);
        BufferedImage before = MediaFixtures.gradient(400, 300, false);

        Watermark.DEFAULT.drawOn(image);

        assertThat(changed(image, before, 200, 225, 400, 300)).isGreaterThan(200);
        assertThat(changed(image, before, 0, 0, 200, 300)).isZero();
        assertThat(changed(image, before, 0, 0, 400, 200)).isZero();
    }

    @Test
    void marksTinyAndTransparentImages() {
        BufferedImage tiny = new BufferedImage(24, 16, BufferedImage.TYPE_INT_ARGB);

        new Watermark("x").drawOn(tiny);

        assertThat(changed(tiny, new BufferedImage(24, 16, BufferedImage.TYPE_INT_ARGB), 0, 0, 24, 16))
                .isPositive();
    }

    @Test
    void textMustNotBeBlank() {
        assertThatThrownBy(() -> new Watermark(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Watermark(" Acme ").text()).isEqualTo("Acme");
    }

    static int changed(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                count += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return count;
    }
}
