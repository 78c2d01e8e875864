package dev.framewright.core.analysis;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The exact-word part of search relevance: the share of the query's content words that appear as
 * whole words in a file's text. Measured on its own it ranks poorly (ENGINES.md: MRR 0.37), so it
 * only boosts the embedding similarity.
 */
final class Keywords {
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "is", "are",
            "was", "be", "it", "its", "this", "that", "these", "those", "my", "our", "your", "me", "we", "i", "some",
            "any", "one", "file", "files", "show", "find", "look", "looking", "want", "where", "which", "what", "who",
            "about", "into", "over", "under", "there", "here", "has", "have", "had", "not", "no");

    private Keywords() {}

    /** Lower-case words of letters and digits, accents removed, stop words and 1-letter words dropped,
     * plurals made singular. */
    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(singular(w));
            }
        }
        return out;
    }

    /** A plural's last {@code s} dropped, so "dogs" meets "dog" (a crude stem, applied to both sides). */
    private static String singular(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /** 0..1: the share of {@code query} words found in {@code documentWords}; 0 for a query of none. */
    static double score(Set<String> query, Set<String> documentWords) {
        if (query.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String w : query) {
            if (documentWords.contains(w)) {
                found++;
            }
        }
        return (double) found / query.size();
    }
}
