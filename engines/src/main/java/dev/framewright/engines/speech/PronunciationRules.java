package dev.framewright.engines.speech;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code pronunciationReplacements} (API.md §2.2): each {@code original} is replaced by its {@code
 * replacement} as a whole word and case-sensitively, one rule after the other, each on the result of
 * the previous. "Whole word" applies at the ends of {@code original} that are letters or digits: the
 * text may not continue with a letter or digit there ({@code "C++"} matches in {@code "C++ code"}).
 */
final class PronunciationRules {
    /** One replacement; {@code original} is non-empty (checked at start). */
    record Rule(String original, String replacement) {
        Rule {
            if (original == null || original.isEmpty()) {
                throw new IllegalArgumentException("original must not be empty");
            }
            replacement = replacement == null ? "" : replacement;
        }
    }

    private PronunciationRules() {}

    static String apply(String text, List<Rule> rules) {
        String out = text;
        for (Rule r : rules) {
            out = pattern(r.original()).matcher(out).replaceAll(Matcher.quoteReplacement(r.replacement()));
        }
        return out;
    }

    static Pattern pattern(String original) {
        String before = isWordChar(original.codePointAt(0)) ? "(?<![\\p{L}\\p{N}_])" : "";
        String after = isWordChar(original.codePointBefore(original.length())) ? "(?![\\p{L}\\p{N}_])" : "";
        return Pattern.compile(before + Pattern.quote(original) + after);
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_';
    }
}
