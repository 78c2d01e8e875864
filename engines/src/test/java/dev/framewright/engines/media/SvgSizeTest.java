package dev.framewright.engines.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgSizeTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<svg width=\"200\" height=\"100\">|200|100",
                "<svg width='200px' height='100px'>|200|100",
                "<svg height=\"1in\" width=\"0.5in\">|48|96",
                "<svg width=\"72pt\" height=\"2.54cm\">|96|96",
                "<svg width=\" 10.6 \" height=\"1e1\">|11|10",
                "<svg viewBox=\"0 0 640 480\">|640|480",
                "<svg viewBox=\"-5,-5,40,20\" width=\"100%\" height=\"100%\">|40|20",
                "<svg width=\"320\" viewBox=\"0 0 640 480\">|320|240",
                "<svg height=\"48\" viewBox=\"0 0 24 12\">|96|48",
                "<svg\t xmlns=\"http://www.w3.org/2000/svg\"\t width=\"12\"\t height=\"34\"\t>|12|34",
                "<svg width=\"0.2\" height=\"0.2\">|1|1"
            })
    void readsTheDeclaredSize(String tag, int width, int height) {
        assertThat(SvgSize.of(tag.getBytes(StandardCharsets.UTF_8))).isEqualTo(new SvgSize(width, height));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<svg>",
                "<svg width=\"100%\" height=\"100%\">",
                "<svg width=\"10em\" height=\"5em\">",
                "<svg width=\"-10\" height=\"5\">",
                "<svg viewBox=\"0 0 0 10\">",
                "<svg viewBox=\"a b c d\">",
                "<svg width=\"10\">",
                "<html width=\"1\" height=\"1\">"
            })
    void unknownWhenNotDeclared(String tag) {
        assertThat(SvgSize.of(tag.getBytes(StandardCharsets.UTF_8))).isEqualTo(SvgSize.UNKNOWN);
    }
}
