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

    /**
     * A well-formed BCP 47 tag from an engine's code: {@code en-gb-x-rp} → {@code en-GB-x-rp}. Subtags
     * that are not valid where they stand move to the private-use part ({@code en-us-nyc} → {@code
     * en-US-x-nyc}); eSpeak's Klingon {@code piqd} is {@code tlh-Piqd} (Klingon in pIqaD script).
     */
    static String bcp47(String code) {
        String c = code.replace('_', '-');
        if (c.equalsIgnoreCase("piqd")) {
            return "tlh-Piqd";
        }
        String tag = Locale.forLanguageTag(c).toLanguageTag();
        if (tag.equalsIgnoreCase(c)) {
            return tag;
        }
        String[] parts = c.split("-");
        java.util.List<String> kept =
                java.util.Arrays.asList(tag.toLowerCase(Locale.ROOT).split("-"));
        java.util.List<String> extra = new java.util.ArrayList<>();
        boolean privateUse = false;
        for (String p : parts) {
            privateUse |= p.equalsIgnoreCase("x");
            if (!p.equalsIgnoreCase("x") && (privateUse || !kept.contains(p.toLowerCase(Locale.ROOT)))) {
                extra.add(p.toLowerCase(Locale.ROOT));
            }
        }
        String base = tag.contains("-x-") ? tag.substring(0, tag.indexOf("-x-")) : tag;
        return extra.isEmpty() ? base : base + "-x-" + String.join("-", extra);
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
