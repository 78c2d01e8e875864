package dev.framewright.engines.speech;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Language names and codes of engine voices: BCP 47 tags, ISO 639-1 codes, id slugs. Pure. */
final class VoiceLanguages {
    /** Chinese languages whose ISO 639-1 code is the macrolanguage's. */
    private static final Map<String, String> MACRO = Map.of("cmn", "zh", "yue", "zh", "hak", "zh");

    private static final Map<String, String> THREE_TO_TWO = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            if (two.length() == 2) {
                try {
                    THREE_TO_TWO.putIfAbsent(Locale.of(two).getISO3Language(), two);
                } catch (java.util.MissingResourceException ignored) {
                    // no three-letter code
                }
            }
        }
    }

    private VoiceLanguages() {}

    /** A well-formed BCP 47 tag from an engine's code: {@code en-gb-x-rp} → {@code en-GB-x-rp}. */
    static String bcp47(String code) {
        String tag = Locale.forLanguageTag(code.replace('_', '-')).toLanguageTag();
        return tag.equals("und") ? code : tag;
    }

    /** The ISO 639-1 code of a tag's language ({@code cmn-Latn-pinyin} → {@code zh}), else its primary subtag. */
    static String iso1(String tag) {
        String primary = tag.split("-")[0].toLowerCase(Locale.ROOT);
        if (primary.length() == 2) {
            return primary;
        }
        return MACRO.getOrDefault(primary, THREE_TO_TWO.getOrDefault(primary, primary));
    }

    /** ISO 639-1 code of an English language name as Festival reports it ({@code english} → {@code en}). */
    static String fromEnglishName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (String two : Locale.getISOLanguages()) {
            if (Locale.of(two)
                    .getDisplayLanguage(Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT)
                    .equals(wanted)) {
                return two;
            }
        }
        return null;
    }

    /** Region of a Festival dialect name ({@code american} → {@code US}), null when unknown. */
    static String regionOfDialect(String dialect) {
        return switch (dialect.trim().toLowerCase(Locale.ROOT)) {
            case "american", "us" -> "US";
            case "british", "scottish", "welsh", "uk", "rp" -> "GB";
            case "australian" -> "AU";
            case "indian" -> "IN";
            case "mexican" -> "MX";
            case "castilian", "spain" -> "ES";
            default -> null;
        };
    }

    /** An id slug: lower case, runs of other characters become {@code _}, at most 64 characters. */
    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.length() <= 64 ? s : s.substring(0, 64);
    }
}
