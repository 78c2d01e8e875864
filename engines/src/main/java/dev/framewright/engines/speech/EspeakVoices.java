package dev.framewright.engines.speech;

import dev.framewright.contract.Gender;
import dev.framewright.contract.TtsVoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The eSpeak NG catalogue from {@code espeak-ng --voices} and {@code --voices=variant}: every language
 * as its own (male) voice and with the female variant {@value #FEMALE_VARIANT}, and every variant
 * applied to American English. Ids derive from the voice file names, which eSpeak keeps unique, so
 * they are stable across runs. Pure: it parses the listings.
 */
final class EspeakVoices {
    static final String FEMALE_VARIANT = "f3";
    private static final Pattern LINE = Pattern.compile("^\\s*\\d+\\s+(\\S+)\\s+\\S*/([MF-])\\s+(\\S+)\\s+(\\S+)");

    /** A language's usual voice when eSpeak has several for it (else the one named like the language). */
    private static final Map<String, String> PREFERRED =
            Map.of("en", "en-us", "fr", "fr-fr", "zh", "cmn", "pt", "pt-br", "es", "es", "vi", "vi");

    private static final Map<String, String> ENGLISH_ACCENTS = Map.of(
            "en-029", "caribbean",
            "en-gb", "british",
            "en-gb-scotland", "scottish",
            "en-gb-x-gbclan", "lancastrian",
            "en-gb-x-gbcwmd", "west midlands",
            "en-gb-x-rp", "received pronunciation",
            "en-us", "american",
            "en-us-nyc", "new york city");

    /** One row of a listing. */
    record Row(String language, char gender, String name, String file) {
        String fileName() {
            return file.substring(file.lastIndexOf('/') + 1);
        }

        String displayName() {
            return name.replace('_', ' ');
        }
    }

    private EspeakVoices() {}

    static List<Row> parse(List<String> listing) {
        List<Row> rows = new ArrayList<>();
        for (String line : listing) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                rows.add(new Row(m.group(1), m.group(2).charAt(0), m.group(3), m.group(4)));
            }
        }
        return rows;
    }

    /** The catalogue entries in listing order: languages (each then its female form), then English variants. */
    static List<SpeechVoice> voices(List<Row> languages, List<Row> variants) {
        List<SpeechVoice> out = new ArrayList<>();
        boolean female = variants.stream().anyMatch(v -> v.fileName().equals(FEMALE_VARIANT));
        Set<String> seen = new HashSet<>();
        Row english = null;
        for (Row lang : languages) {
            if (!seen.add(VoiceLanguages.slug(lang.fileName()))) {
                continue;
            }
            out.add(language(lang));
            if (female) {
                out.add(female(lang));
            }
            if (lang.language().equals("en-us")) {
                english = lang;
            }
        }
        if (english != null) {
            for (Row v : variants) {
                if (!v.fileName().equals(FEMALE_VARIANT) && seen.add("v_" + VoiceLanguages.slug(v.fileName()))) {
                    out.add(variant(english, v));
                }
            }
        }
        return out;
    }

    private static SpeechVoice language(Row r) {
        String tag = VoiceLanguages.bcp47(r.language());
        String iso = VoiceLanguages.iso1(tag);
        String slug = VoiceLanguages.slug("espeak_" + r.fileName());
        TtsVoice wire = new TtsVoice(
                "vg_voic_" + slug,
                r.displayName() + " (eSpeak NG)",
                tag,
                r.gender() == 'F' ? Gender.FEMALE : Gender.MALE,
                accent(r),
                "eSpeak NG formant voice for " + r.displayName() + ": many languages, robotic but very clear",
                true,
                false,
                false);
        return new SpeechVoice(wire, EspeakEngine.NAME, r.file(), iso, preferred(r, iso) ? 40 : 50);
    }

    private static SpeechVoice female(Row r) {
        SpeechVoice male = language(r);
        TtsVoice m = male.wire();
        TtsVoice wire = new TtsVoice(
                m.voiceId() + "_female",
                r.displayName() + ", female (eSpeak NG)",
                m.languageCode(),
                Gender.FEMALE,
                m.accent(),
                "eSpeak NG formant voice for " + r.displayName() + " with the female variant " + FEMALE_VARIANT,
                true,
                false,
                false);
        return new SpeechVoice(
                wire, EspeakEngine.NAME, r.file() + "+" + FEMALE_VARIANT, male.language(), male.rank() + 20);
    }

    private static SpeechVoice variant(Row english, Row v) {
        String tag = VoiceLanguages.bcp47(english.language());
        TtsVoice wire = new TtsVoice(
                "vg_voic_" + VoiceLanguages.slug("espeak_en_us_v_" + v.fileName()),
                "American English, " + v.displayName() + " (eSpeak NG)",
                tag,
                v.gender() == 'F' ? Gender.FEMALE : Gender.MALE,
                "american",
                "eSpeak NG American English with the voice variant " + v.displayName(),
                true,
                false,
                false);
        return new SpeechVoice(wire, EspeakEngine.NAME, english.file() + "+" + v.fileName(), "en", 80);
    }

    private static boolean preferred(Row r, String iso) {
        String code = r.language().toLowerCase(Locale.ROOT);
        return code.equals(PREFERRED.getOrDefault(iso, iso));
    }

    private static String accent(Row r) {
        String code = r.language().toLowerCase(Locale.ROOT);
        if (ENGLISH_ACCENTS.containsKey(code)) {
            return ENGLISH_ACCENTS.get(code);
        }
        int open = r.name().indexOf('(');
        int close = r.name().lastIndexOf(')');
        if (open < 0 || close < open) {
            return null;
        }
        return r.name().substring(open + 1, close).replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    static Optional<Row> find(List<Row> rows, String language) {
        return rows.stream().filter(r -> r.language().equals(language)).findFirst();
    }
}
