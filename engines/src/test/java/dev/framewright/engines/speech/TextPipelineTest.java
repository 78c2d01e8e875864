package dev.framewright.engines.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextPipelineTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "$100|one hundred dollars",
                "$1|one dollar",
                "$0.50|fifty cents",
                "$1,250.75|one thousand two hundred fifty dollars and seventy-five cents",
                "It costs €5.|It costs five euros.",
                "£3.01|three pounds and one penny",
                "$2.5 million|two point five million dollars",
                "$3bn|three billion dollars",
                "the 3rd time|the third time",
                "1st 2nd 11th 21st 100th 112th|first second eleventh twenty-first one hundredth one hundred twelfth",
                "45%|forty-five percent",
                "3.5 %|three point five percent",
                "2024-03-15|March fifteenth, twenty twenty-four",
                "03/15/2024|March fifteenth, twenty twenty-four",
                "March 3, 1999|March third, nineteen ninety-nine",
                "Jan. 1st|January first",
                "4 July 1776|the fourth of July, seventeen seventy-six",
                "in 2005|in two thousand five",
                "since 1900|since nineteen hundred",
                "at 3:45 pm|at three forty-five p m",
                "at 10:00|at ten o'clock",
                "at 7:05|at seven oh five",
                "5 km|five kilometers",
                "1 kg|one kilogram",
                "12.5kg|twelve point five kilograms",
                "20 °C|twenty degrees Celsius",
                "1,000,000 people|one million people",
                "2048|two thousand forty-eight",
                "3.14|three point one four",
                "-7 degrees|minus seven degrees",
                "agent 007|agent zero zero seven",
                "Dr. Smith met Mr. Jones|Doctor Smith met Mister Jones",
                "St. Louis on Main St.|Saint Louis on Main Street",
                "cats, dogs, etc. Then|cats, dogs, et cetera. Then",
                "e.g. this|for example this",
                "No. 5|number five",
                "salt & pepper|salt and pepper",
                "nothing to change|nothing to change"
            })
    void expandsEnglish(String in, String spoken) {
        assertThat(EnglishExpander.expand(in)).isEqualTo(spoken);
    }

    @Test
    void numberWords() {
        assertThat(NumberWords.cardinal(0)).isEqualTo("zero");
        assertThat(NumberWords.cardinal(101)).isEqualTo("one hundred one");
        assertThat(NumberWords.cardinal(1_000_001)).isEqualTo("one million one");
        assertThat(NumberWords.cardinal(-40)).isEqualTo("minus forty");
        assertThat(NumberWords.ordinal(40)).isEqualTo("fortieth");
        assertThat(NumberWords.ordinal(1003)).isEqualTo("one thousand third");
        assertThat(NumberWords.year(1905)).isEqualTo("nineteen oh five");
        assertThat(NumberWords.year(2000)).isEqualTo("two thousand");
        assertThat(NumberWords.year(2010)).isEqualTo("twenty ten");
    }

    @Test
    void replacementsAreWholeWordCaseSensitiveAndInOrder() {
        List<PronunciationRules.Rule> rules = List.of(
                new PronunciationRules.Rule("SQL", "sequel"),
                new PronunciationRules.Rule("sequel", "the sequel"),
                new PronunciationRules.Rule("C++", "C plus plus"),
                new PronunciationRules.Rule("Nginx", "engine x"));
        assertThat(PronunciationRules.apply("SQL and MySQL and sql; C++ code, Nginx-based", rules))
                .isEqualTo("the sequel and MySQL and sql; C plus plus code, engine x-based");
    }

    @Test
    void replacementsRunBeforeExpansion() {
        String text = SpeechText.prepare(
                "Dr. Who paid $5", List.of(new PronunciationRules.Rule("Dr.", "Doctor Doctor")), true);
        assertThat(text).isEqualTo("Doctor Doctor Who paid five dollars");
        assertThat(SpeechText.prepare("Dr. Who paid $5", List.of(), false)).isEqualTo("Dr. Who paid $5");
    }

    @Test
    void emptyOriginalIsRefused() {
        assertThatThrownBy(() -> new PronunciationRules.Rule("", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsAtSentencesNotAbbreviationsOrNumbers() {
        assertThat(SentenceSplitter.sentences("Dr. Smith paid 3.5 dollars. J. Doe said \"no!\" Then   he left…\n\nNew"))
                .containsExactly("Dr. Smith paid 3.5 dollars.", "J. Doe said \"no!\"", "Then he left…", "New");
    }

    @Test
    void packsSentencesIntoPartsAndCutsLongOnes() {
        String text = "One two three. Four five six. Seven eight nine.";
        assertThat(SentenceSplitter.parts(text, 30))
                .containsExactly("One two three. Four five six.", "Seven eight nine.");
        String longSentence = "alpha beta gamma, delta epsilon zeta eta theta iota kappa lambda";
        List<String> parts = SentenceSplitter.parts(longSentence, 20);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(20));
        assertThat(String.join(" ", parts)).isEqualTo(longSentence);
        assertThat(parts.getFirst()).isEqualTo("alpha beta gamma,");
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(SpeechText.clean("a\u0000b\u200bc\nd")).isEqualTo("a b c\nd");
    }
}
