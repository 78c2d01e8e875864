package dev.framewright.engines.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAndFactsTest {
    @Test
    void ocrNoiseIsDroppedAndLinesKeptOnce() {
        assertThat(OcrText.clean(List.of("", "Summer Jazz Night", "  ", "| — ~", "a", "Summer  Jazz Night", "12 €")))
                .isEqualTo("Summer Jazz Night");
        assertThat(OcrText.clean(List.of("Total due: 480 EUR", "ee ,:;"))).isEqualTo("Total due: 480 EUR");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(Durations.words(1)).isEqualTo("1 second");
        assertThat(Durations.words(2.04)).isEqualTo("2 seconds");
        assertThat(Durations.words(7.25)).isEqualTo("7.3 seconds");
        assertThat(Durations.words(42.4)).isEqualTo("42 seconds");
        assertThat(Durations.words(185)).isEqualTo("3 minutes 5 seconds");
        assertThat(Durations.words(3720)).isEqualTo("1 hour 2 minutes");
    }

    @Test
    void orientationAndDominantColoursByName() {
        assertThat(ImageFacts.orientation(1920, 1080)).isEqualTo("landscape");
        assertThat(ImageFacts.orientation(1000, 1050)).isEqualTo("square");
        assertThat(ImageFacts.orientation(600, 900)).isEqualTo("portrait");

        BufferedImage img = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 60, 200));
        g.fillRect(0, 0, 100, 60);
        g.setColor(new Color(250, 250, 250));
        g.fillRect(0, 60, 100, 30);
        g.setColor(new Color(230, 30, 30));
        g.fillRect(0, 90, 100, 5);
        g.dispose();
        assertThat(ImageFacts.dominantColours(img)).containsExactly("blue", "white");
        assertThat(ImageFacts.transparent(img)).isTrue();
        assertThat(ImageFacts.name(new Color(255, 140, 0).getRGB())).isEqualTo(ImageFacts.Colour.ORANGE);
        assertThat(ImageFacts.name(new Color(120, 70, 20).getRGB())).isEqualTo(ImageFacts.Colour.BROWN);
        assertThat(ImageFacts.name(new Color(30, 160, 60).getRGB())).isEqualTo(ImageFacts.Colour.GREEN);
        assertThat(ImageFacts.name(new Color(128, 128, 128).getRGB())).isEqualTo(ImageFacts.Colour.GREY);
        assertThat(ImageFacts.name(new Color(5, 5, 5).getRGB())).isEqualTo(ImageFacts.Colour.BLACK);
    }
}
