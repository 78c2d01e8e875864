package dev.framewright.engines.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The speech rule on PocketSphinx outputs recorded from generated speech, a melody and noise. */
class RecognisedWordsTest {
    @Test
    void clearSpeechIsKeptWithEveryWord() {
        List<String> festival = List.of(
                "the quick brown fox jumped over the lazy dog",
                "<s> 0.110 0.200 0.999500",
                "the 0.210 0.320 0.479321",
                "quick 0.330 0.600 0.702127",
                "brown 0.610 1.000 0.999600",
                "fox 1.010 1.550 0.999500",
                "<sil> 1.560 1.780 0.985110",
                "jumped 1.790 2.130 0.362287",
                "over 2.140 2.390 0.999300",
                "the(2) 2.400 2.470 0.963768",
                "lazy 2.480 2.880 0.762364",
                "dog 2.890 3.430 0.999200",
                "</s> 3.440 3.500 1.000000");
        assertThat(RecognisedWords.parse(festival).speech()).isEqualTo("the quick brown fox jumped over the lazy dog");
    }

    @Test
    void aMelodyAndNoiseAreNotSpeech() {
        List<String> melody = List.of(
                "<s> 0.000 0.030 0.999700",
                "[SPEECH] 0.040 0.190 0.447001",
                "ah 0.500 0.970 0.525779",
                "i'm(2) 0.980 1.210 0.072679",
                "tom 1.460 2.190 0.812657",
                "tom 2.460 3.190 0.865440",
                "tom 3.460 4.190 0.765440",
                "tom 4.460 5.190 0.665440",
                "oh 5.460 5.990 0.565440");
        assertThat(RecognisedWords.parse(melody).speech()).isEmpty();
        assertThat(RecognisedWords.parse(List.of("thigh", "thigh 0.050 0.930 1.000000"))
                        .speech())
                .isEmpty();
        assertThat(RecognisedWords.parse(List.of()).speech()).isEmpty();
    }

    @Test
    void unsureWordsAloneAreNotSpeech() {
        List<String> unsure = List.of(
                "we 0.1 0.2 0.21", "are 0.2 0.3 0.12", "evil 0.3 0.4 0.25", "soda 0.4 0.5 0.9", "you 0.5 0.6 0.1");
        assertThat(RecognisedWords.parse(unsure).speech()).isEmpty();
    }
}
