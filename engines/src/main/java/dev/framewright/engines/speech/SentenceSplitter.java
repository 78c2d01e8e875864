package dev.framewright.engines.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into parts that an engine synthesises one at a time: whole sentences packed up to a
 * length, a sentence longer than that cut at a comma, semicolon or colon, else between words. A
 * sentence ends at {@code . ! ? …} (plus closing quotes or brackets) before white space, but not after
 * a known abbreviation ({@code Dr.}), a single initial ({@code J.}) or inside a number. Blank lines
 * always end a sentence. Pure.
 */
final class SentenceSplitter {
    private static final Pattern END = Pattern.compile("[.!?…。！？]+[\"'”’)\\]]*(?=\\s)|\\n\\s*\\n");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "jr", "sr", "st", "mt", "ave", "blvd", "rd", "vs", "e.g", "i.e", "approx",
            "inc", "ltd", "dept", "gov", "sen", "gen", "capt", "lt", "sgt", "no", "fig", "vol", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private SentenceSplitter() {}

    /** The sentences of {@code text}, white space collapsed, none empty. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.group().startsWith(".") && m.group().length() == 1 && !endsSentence(text, m.start())) {
                continue;
            }
            add(out, text.substring(start, m.end()));
            start = m.end();
        }
        add(out, text.substring(start));
        return out;
    }

    /** Sentences packed into parts of at most {@code maxChars} (longer sentences are cut). */
    static List<String> parts(String text, int maxChars) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : sentences(text)) {
            for (String piece : cut(sentence, maxChars)) {
                if (!current.isEmpty() && current.length() + 1 + piece.length() > maxChars) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                current.append(current.isEmpty() ? "" : " ").append(piece);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static boolean endsSentence(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).replaceAll("^[\"'(\\[]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "J. Smith"
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> cut(String sentence, int maxChars) {
        List<String> pieces = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > maxChars) {
            int at = lastBreak(rest, maxChars, "[,;:]\\s");
            if (at <= 0) {
                at = lastBreak(rest, maxChars, "\\s");
            }
            if (at <= 0) {
                at = maxChars;
            }
            pieces.add(rest.substring(0, at).strip());
            rest = rest.substring(at).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** The index just after the last break of {@code regex} that leaves at most {@code max} chars before it. */
    private static int lastBreak(String s, int max, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int best = -1;
        while (m.find() && m.start() + 1 <= max) {
            best = m.start() + 1;
        }
        return best;
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.replaceAll("\\s+", " ").strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
