package dev.framewright.engines.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words PocketSphinx reported with {@code -time yes} ({@code word start end confidence} lines),
 * and the rule that tells speech from music and noise, which it also turns into words: speech has
 * several confident words, mostly different ones. Measured on generated speech, tones, noise and a
 * melody (see the test).
 */
record RecognisedWords(List<Word> words) {
    static final double MIN_WORD_CONFIDENCE = 0.3;
    static final int MIN_WORDS = 3;
    static final double MIN_MEAN_CONFIDENCE = 0.6;
    static final double MIN_DISTINCT_SHARE = 0.75;

    record Word(String text, double confidence) {}

    static RecognisedWords parse(List<String> lines) {
        List<Word> words = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.strip().split("\\s+");
            if (f.length != 4 || f[0].startsWith("<") || f[0].startsWith("[") || f[0].startsWith("+")) {
                continue;
            }
            try {
                Double.parseDouble(f[1]);
                double confidence = Double.parseDouble(f[3]);
                // alternative pronunciations are reported as word(2)
                words.add(new Word(f[0].replaceAll("\\(\\d+\\)$", ""), confidence));
            } catch (NumberFormatException notAWordLine) {
                // the hypothesis line, or a word line of another shape
            }
        }
        return new RecognisedWords(List.copyOf(words));
    }

    /** Every recognised word when the confident ones amount to speech, else blank. */
    String speech() {
        List<Word> kept = new ArrayList<>();
        for (Word w : words) {
            if (w.confidence() >= MIN_WORD_CONFIDENCE) {
                kept.add(w);
            }
        }
        if (kept.size() < MIN_WORDS) {
            return "";
        }
        double mean = kept.stream().mapToDouble(Word::confidence).average().orElse(0);
        Set<String> distinct = new HashSet<>();
        kept.forEach(w -> distinct.add(w.text()));
        if (mean < MIN_MEAN_CONFIDENCE || distinct.size() < kept.size() * MIN_DISTINCT_SHARE) {
            return "";
        }
        return String.join(" ", words.stream().map(Word::text).toList());
    }
}
