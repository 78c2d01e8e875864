package dev.framewright.engines.scene;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the procedural renderer understands of a prompt: named colours (in order), time of day,
 * setting, weather, subjects with counts, and the first quoted text (drawn as a caption). Words it
 * does not know are ignored. Pure and deterministic.
 *
 * @param caption the first text in "double", “curly” or «guillemet» quotes, or null
 */
public record ScenePrompt(
        List<ColorWords.Hsb> colors,
        TimeOfDay time,
        Setting setting,
        Weather weather,
        Map<Subject, Integer> subjects,
        String caption) {

    public enum TimeOfDay {
        DAY,
        SUNSET,
        NIGHT
    }

    public enum Setting {
        HILLS,
        FOREST,
        OCEAN,
        CITY,
        DESERT,
        SNOW,
        MOUNTAINS
    }

    public enum Weather {
        CLEAR,
        CLOUDY,
        RAIN,
        SNOWFALL,
        FOG
    }

    static final int MAX_PER_SUBJECT = 7;

    private static final Pattern QUOTED = Pattern.compile("[\"“«]([^\"”»]{1,80})[\"”»]");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Map<String, Integer> NUMBERS = Map.of(
            "a", 1, "an", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "several", 3);

    public ScenePrompt {
        colors = List.copyOf(colors);
        subjects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(subjects));
    }

    public static ScenePrompt parse(String prompt) {
        String text = prompt == null ? "" : prompt;
        Matcher q = QUOTED.matcher(text);
        String caption = q.find() ? q.group(1).strip() : null;
        String rest = q.replaceAll(" ").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(rest);
        while (w.find()) {
            words.add(w.group());
        }
        List<ColorWords.Hsb> colors = new ArrayList<>();
        Map<Subject, Integer> subjects = new LinkedHashMap<>();
        TimeOfDay time = null;
        Setting setting = null;
        Weather weather = Weather.CLEAR;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String previous = i > 0 ? words.get(i - 1) : null;
            ColorWords.lookup(word, previous)
                    .filter(c -> !containsName(colors, c))
                    .ifPresent(colors::add);
            time = time == null ? Vocabulary.time(word) : time;
            setting = setting == null ? Vocabulary.setting(word) : setting;
            weather = weather == Weather.CLEAR ? Vocabulary.weather(word) : weather;
            Subject s = Subject.of(word);
            if (s != null) {
                int n = previous != null && NUMBERS.containsKey(previous)
                        ? NUMBERS.get(previous)
                        : (Subject.isPlural(word) ? 3 : 1);
                subjects.merge(s, n, (a, b) -> Math.min(MAX_PER_SUBJECT, a + b));
            }
        }
        if (setting == null) {
            setting = Vocabulary.settingFor(subjects.keySet());
        }
        return new ScenePrompt(colors, time == null ? TimeOfDay.DAY : time, setting, weather, subjects, caption);
    }

    private static boolean containsName(List<ColorWords.Hsb> colors, ColorWords.Hsb c) {
        return colors.stream().anyMatch(x -> x.name().equals(c.name()));
    }

    /** A short summary for the output's description, e.g. {@code "sunset, ocean, boat×1; palette red"}. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(time.name().toLowerCase(Locale.ROOT))
                .append(", ")
                .append(setting.name().toLowerCase(Locale.ROOT));
        if (weather != Weather.CLEAR) {
            sb.append(", ").append(weather.name().toLowerCase(Locale.ROOT));
        }
        subjects.forEach((s, n) -> sb.append(", ")
                .append(s.name().toLowerCase(Locale.ROOT))
                .append("×")
                .append(n));
        if (!colors.isEmpty()) {
            sb.append("; palette ");
            sb.append(String.join(" ", colors.stream().map(ColorWords.Hsb::name).toList()));
        }
        return sb.toString();
    }
}
