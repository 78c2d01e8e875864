package dev.framewright.engines.speech;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text to Piper phoneme ids, as piper-phonemize does it. eSpeak NG speaks each clause in IPA; its
 * phonemes are decomposed (Unicode NFD, {@code ç} → {@code c} + U+0327) into codepoints, language
 * switch flags such as {@code (en)} are dropped, and the clause's terminator is appended ({@code .
 * ? !} end a sentence; {@code , : ;} are followed by a space). Each sentence becomes {@code ^ _ p1 _
 * p2 _ … pn _ $} through the voice's {@code phoneme_id_map}; phonemes it lacks are skipped. Pure.
 */
final class PiperPhonemes {
    static final int PAD = '_';
    static final int BOS = '^';
    static final int EOS = '$';

    /** Clause ends: punctuation, closing quotes or brackets, then white space or the end. */
    private static final Pattern CLAUSE_END = Pattern.compile("([.,?!:;]+)([\"'”’)\\]]*)(?=\\s|$)");

    /** A clause of text and the codepoint that ends it ({@code .,?!:;}), or 0 when none does. */
    record Clause(String text, int terminator) {
        boolean speakable() {
            return text.codePoints().anyMatch(Character::isLetterOrDigit);
        }
    }

    private PiperPhonemes() {}

    /** Clauses as eSpeak ends them; the terminator is the clause's last character (none after a quote). */
    static List<Clause> clauses(String text) {
        List<Clause> out = new ArrayList<>();
        Matcher m = CLAUSE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            String punct = m.group(1);
            int terminator = m.group(2).isEmpty() ? punct.codePointBefore(punct.length()) : 0;
            add(out, text.substring(start, m.end()), terminator);
            start = m.end();
        }
        add(out, text.substring(start), 0);
        return out;
    }

    private static void add(List<Clause> out, String text, int terminator) {
        if (!text.isBlank() || terminator != 0) {
            out.add(new Clause(text.strip(), terminator));
        }
    }

    /**
     * The sentences of the clauses, each a list of phoneme codepoints.
     *
     * @param ipa eSpeak's IPA lines for each clause (none for a clause without letters or digits)
     */
    static List<List<Integer>> sentences(List<Clause> clauses, List<List<String>> ipa) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> sentence = null;
        for (int i = 0; i < clauses.size(); i++) {
            if (sentence == null) {
                sentence = new ArrayList<>();
                out.add(sentence);
            }
            for (String line : ipa.get(i)) {
                addPhonemes(sentence, line.strip());
            }
            int t = clauses.get(i).terminator();
            switch (t) {
                case '.', '?', '!' -> sentence.add(t);
                case ',', ':', ';' -> {
                    sentence.add(t);
                    sentence.add((int) ' ');
                }
                default -> {
                    // no punctuation phoneme
                }
            }
            if (t == '.' || t == '?' || t == '!') {
                sentence = null;
            }
        }
        return out;
    }

    /** A clause's IPA as codepoints: NFD-decomposed, language switch flags {@code (xx)} dropped. */
    static void addPhonemes(List<Integer> into, String ipa) {
        boolean inFlag = false;
        for (int cp :
                Normalizer.normalize(ipa, Normalizer.Form.NFD).codePoints().toArray()) {
            if (inFlag) {
                inFlag = cp != ')';
            } else if (cp == '(') {
                inFlag = true;
            } else {
                into.add(cp);
            }
        }
    }

    /** Piper's {@code text} phoneme type: the text case-folded and NFD-decomposed, one sentence. */
    static List<Integer> codepoints(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFD)
                .codePoints()
                .boxed()
                .toList();
    }

    /** {@code ^ _ p1 _ p2 _ … pn _ $}: piper-phonemize's {@code phonemes_to_ids} with padding between. */
    static long[] ids(List<Integer> phonemes, Map<Integer, long[]> idMap) {
        List<Long> out = new ArrayList<>();
        long[] pad = idMap.get(PAD);
        append(out, idMap.get(BOS));
        append(out, pad);
        for (int p : phonemes) {
            long[] mapped = idMap.get(p);
            if (mapped == null) {
                continue; // missing from the voice's map: piper-phonemize skips it too
            }
            append(out, mapped);
            append(out, pad);
        }
        append(out, idMap.get(EOS));
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static void append(List<Long> out, long[] ids) {
        for (long id : ids) {
            out.add(id);
        }
    }
}
