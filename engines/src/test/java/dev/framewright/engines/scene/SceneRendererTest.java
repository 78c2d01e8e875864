package dev.framewright.engines.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SceneRendererTest {
    static BufferedImage render(String prompt, int index, int w, int h) {
        ScenePlan plan = ScenePlan.of(ScenePrompt.parse(prompt), SceneSeed.of(prompt, w, h, index, List.of()));
        return SceneRenderer.render(plan, w, h, List.of());
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void theSameSeedRendersTheSameBytes() throws IOException {
        String prompt = "a house and two trees at sunset, cloudy, \"Home\"";

        byte[] first = png(render(prompt, 0, 512, 288));
        byte[] again = png(render(prompt, 0, 512, 288));
        byte[] second = png(render(prompt, 1, 512, 288));

        assertThat(again).isEqualTo(first);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void theSeedIsAPureFunctionOfTheRequest() {
        long a = SceneSeed.of("x", 16, 9, 0, List.of());

        assertThat(SceneSeed.of("x", 32, 18, 0, List.of())).isEqualTo(a);
        assertThat(SceneSeed.of("x", 16, 9, 1, List.of())).isNotEqualTo(a);
        assertThat(SceneSeed.of("y", 16, 9, 0, List.of())).isNotEqualTo(a);
        assertThat(SceneSeed.of("x", 4, 3, 0, List.of())).isNotEqualTo(a);
        assertThat(SceneSeed.of("x", 16, 9, 0, List.of("abc"))).isNotEqualTo(a);
    }

    /** Share of coloured pixels (saturation and brightness above a floor) whose hue is near one of {@code hues}. */
    static double hueShare(BufferedImage img, float... hues) {
        long coloured = 0, matching = 0;
        float[] hsb = new float[3];
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                Color c = new Color(img.getRGB(x, y));
                Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), hsb);
                if (hsb[1] < 0.2f || hsb[2] < 0.15f) {
                    continue;
                }
                coloured++;
                for (float hue : hues) {
                    float d = Math.abs(hsb[0] * 360 - hue);
                    if (Math.min(d, 360 - d) <= 25) {
                        matching++;
                        break;
                    }
                }
            }
        }
        return coloured == 0 ? 0 : (double) matching / coloured;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a red and purple landscape with trees and a house|2|282",
                "an orange desert with a cat|28|28",
                "a teal ocean with a boat at night|178|178",
                "green hills with a blue sky and flowers, sunset|125|218",
                "a pink city skyline with cars|335|335"
            })
    void coloursNamedInThePromptDominateTheHueHistogram(String prompt, float hueA, float hueB) {
        BufferedImage img = render(prompt, 0, 512, 288);

        assertThat(hueShare(img, hueA, hueB)).as(prompt).isGreaterThan(0.8);
    }

    @Test
    void withoutNamedColoursTheMoodChoosesThePalette() {
        BufferedImage day = render("hills", 0, 320, 180);
        BufferedImage night = render("hills at night", 0, 320, 180);

        assertThat(meanBrightness(night)).isLessThan(meanBrightness(day) * 0.5);
    }

    @Test
    void referenceImagesAreTheRecolouredBase() {
        BufferedImage ref = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 200; x++) {
            for (int y = 0; y < 100; y++) {
                ref.setRGB(x, y, x < 100 ? 0x202020 : 0xE0E0E0);
            }
        }
        ScenePlan plan = ScenePlan.of(ScenePrompt.parse("purple"), 42);

        BufferedImage out = SceneRenderer.render(plan, 400, 200, List.of(ref));

        assertThat(brightness(out, 100, 100)).isLessThan(brightness(out, 300, 100) - 0.3);
        assertThat(hueShare(out, 282)).isGreaterThan(0.8);
    }

    private static double meanBrightness(BufferedImage img) {
        double sum = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                sum += brightness(img, x, y);
            }
        }
        return sum / ((img.getHeight() / 4) * (img.getWidth() / 4));
    }

    private static double brightness(BufferedImage img, int x, int y) {
        Color c = new Color(img.getRGB(x, y));
        return (c.getRed() + c.getGreen() + c.getBlue()) / 765.0;
    }
}
