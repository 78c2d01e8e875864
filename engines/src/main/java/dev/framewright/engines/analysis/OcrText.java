package dev.framewright.engines.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Cleans OCR output: drops blank lines and the stray marks that textures and edges read as. */
final class OcrText {
    private OcrText() {}

    /** The kept lines, each once, joined by newlines; blank when nothing looks like text. */
    static String clean(List<String> lines) {
        Set<String> kept = new LinkedHashSet<>();
        for (String raw : lines) {
            String line = raw.strip().replaceAll("\\s+", " ");
            if (looksLikeText(line)) {
                kept.add(line);
            }
        }
        return String.join("\n", new ArrayList<>(kept));
    }

    /** At least one word of two or more letters, and mostly letters, digits and spaces. */
    static boolean looksLikeText(String line) {
        if (line.isEmpty()) {
            return false;
        }
        int plain = 0;
        boolean word = false;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ') {
                plain++;
            }
            run = Character.isLetter(c) ? run + 1 : 0;
            word |= run >= 2;
        }
        return word && plain * 10 >= line.length() * 7;
    }
}
