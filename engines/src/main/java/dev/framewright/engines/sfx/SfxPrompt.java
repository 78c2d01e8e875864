package dev.framewright.engines.sfx;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sound-effect prompt: the category whose words score highest (a phrase of n words scores n,
 * a weak word half; ties go to the word that comes first), every modifier named, and a length written
 * as "3 seconds", "2.5 s", "500 ms", "half a second" or "two seconds". Pure.
 */
final class SfxPrompt {
    private static final Pattern NUMERIC_LENGTH =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*-?\\s*(seconds?|secs?|s|milliseconds?|ms|minutes?|mins?)\\b");
    private static final Pattern WORD_LENGTH =
            Pattern.compile("\\b(half a|a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)"
                    + "[ -](seconds?|minutes?)\\b");
    private static final Map<String, Double> NUMBERS = Map.ofEntries(
            Map.entry("half a", 0.5),
            Map.entry("a", 1.0),
            Map.entry("one", 1.0),
            Map.entry("two", 2.0),
            Map.entry("three", 3.0),
            Map.entry("four", 4.0),
            Map.entry("five", 5.0),
            Map.entry("six", 6.0),
            Map.entry("seven", 7.0),
            Map.entry("eight", 8.0),
            Map.entry("nine", 9.0),
            Map.entry("ten", 10.0),
            Map.entry("fifteen", 15.0),
            Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0));

    private SfxPrompt() {}

    static SfxSpec parse(String prompt) {
        String text = normalize(prompt);
        Category best = Category.AMBIENCE;
        double bestScore = 0;
        int bestAt = Integer.MAX_VALUE;
        for (Category c : Category.values()) {
            double score = 0;
            int first = Integer.MAX_VALUE;
            for (String word : c.words()) {
                boolean weak = word.startsWith("~");
                int at = find(text, weak ? word.substring(1) : word);
                if (at >= 0) {
                    score += (weak ? 0.5 : 1.0) * word.split(" ").length;
                    first = Math.min(first, at);
                }
            }
            if (score > bestScore || (score == bestScore && score > 0 && first < bestAt)) {
                best = c;
                bestScore = score;
                bestAt = first;
            }
        }
        Set<Modifier> modifiers = EnumSet.noneOf(Modifier.class);
        for (Modifier m : Modifier.values()) {
            if (m.words().stream().anyMatch(w -> find(text, w) >= 0)) {
                modifiers.add(m);
            }
        }
        Set<String> words = new HashSet<>(List.of(text.trim().split(" ")));
        return new SfxSpec(prompt, best, modifiers, seconds(text), words, bestScore > 0);
    }

    /** Lower case, only letters, digits, hyphens and decimal points between single spaces, padded with spaces. */
    static String normalize(String prompt) {
        String t = prompt.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.\\-]+", " ")
                .replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " ")
                .replaceAll("\\s+", " ");
        return " " + t.trim() + " ";
    }

    /** Where {@code word} (or its plural) occurs as whole words, or -1. */
    private static int find(String text, String word) {
        for (String form : List.of(word, word + "s", word + "es")) {
            int at = text.indexOf(" " + form + " ");
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** The length written in the prompt, in seconds (not yet clamped), or null. */
    static Double seconds(String text) {
        Matcher m = NUMERIC_LENGTH.matcher(text);
        if (m.find()) {
            double v = Double.parseDouble(m.group(1));
            String unit = m.group(2);
            if (unit.equals("ms") || unit.startsWith("milli")) {
                return v / 1000;
            }
            return unit.startsWith("min") ? v * 60 : v;
        }
        Matcher w = WORD_LENGTH.matcher(text);
        if (w.find()) {
            double v = NUMBERS.get(w.group(1));
            return w.group(2).startsWith("minute") ? v * 60 : v;
        }
        return null;
    }
}
