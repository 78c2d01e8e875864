package dev.framewright.engines.speech;

import java.util.List;

/**
 * The text an engine speaks: the user's pronunciation replacements first (so that they win over our
 * rules), then, when asked for and the voice speaks English, our expansions, then control characters
 * dropped and quotes that engines read aloud neutralised. Pure.
 */
final class SpeechText {
    private SpeechText() {}

    static String prepare(String ttsText, List<PronunciationRules.Rule> replacements, boolean expandEnglish) {
        String text = PronunciationRules.apply(ttsText, replacements);
        if (expandEnglish) {
            text = EnglishExpander.expand(text);
        }
        return clean(text);
    }

    /** Control characters become spaces (newlines kept: they mark paragraphs). */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
