package dev.framewright.engines.speech;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code autoExpandPronunciationReplacements} for English: writes out what a reader would say for
 * currency ({@code $100} → "one hundred dollars"), percentages, dates, times, ordinals ({@code 3rd}
 * → "third"), units after numbers, numbers and common abbreviations. Rules run in a fixed order, the
 * most specific first, so that {@code $1,250.50} is read as money and not as two numbers. Pure.
 */
final class EnglishExpander {
    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final List<String> MONTH_NAMES = List.of(MONTHS.split("\\|"));

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("Mr.", "Mister"),
            Map.entry("Mrs.", "Missus"),
            Map.entry("Ms.", "Miz"),
            Map.entry("Dr.", "Doctor"),
            Map.entry("Prof.", "Professor"),
            Map.entry("Jr.", "Junior"),
            Map.entry("Sr.", "Senior"),
            Map.entry("St.", "Street"),
            Map.entry("Mt.", "Mount"),
            Map.entry("Ave.", "Avenue"),
            Map.entry("Blvd.", "Boulevard"),
            Map.entry("Rd.", "Road"),
            Map.entry("vs.", "versus"),
            Map.entry("etc.", "et cetera"),
            Map.entry("e.g.", "for example"),
            Map.entry("i.e.", "that is"),
            Map.entry("approx.", "approximately"),
            Map.entry("Inc.", "Incorporated"),
            Map.entry("Ltd.", "Limited"),
            Map.entry("Dept.", "Department"),
            Map.entry("Gov.", "Governor"),
            Map.entry("Sen.", "Senator"),
            Map.entry("Gen.", "General"),
            Map.entry("Capt.", "Captain"),
            Map.entry("Lt.", "Lieutenant"),
            Map.entry("Sgt.", "Sergeant"));

    private static final Map<String, String[]> UNITS = Map.ofEntries(
            Map.entry("km/h", new String[] {"kilometer per hour", "kilometers per hour"}),
            Map.entry("km", new String[] {"kilometer", "kilometers"}),
            Map.entry("kg", new String[] {"kilogram", "kilograms"}),
            Map.entry("cm", new String[] {"centimeter", "centimeters"}),
            Map.entry("mm", new String[] {"millimeter", "millimeters"}),
            Map.entry("mph", new String[] {"mile per hour", "miles per hour"}),
            Map.entry("mi", new String[] {"mile", "miles"}),
            Map.entry("ft", new String[] {"foot", "feet"}),
            Map.entry("lb", new String[] {"pound", "pounds"}),
            Map.entry("lbs", new String[] {"pound", "pounds"}),
            Map.entry("oz", new String[] {"ounce", "ounces"}),
            Map.entry("ml", new String[] {"milliliter", "milliliters"}),
            Map.entry("m", new String[] {"meter", "meters"}),
            Map.entry("g", new String[] {"gram", "grams"}),
            Map.entry("kB", new String[] {"kilobyte", "kilobytes"}),
            Map.entry("KB", new String[] {"kilobyte", "kilobytes"}),
            Map.entry("MB", new String[] {"megabyte", "megabytes"}),
            Map.entry("GB", new String[] {"gigabyte", "gigabytes"}),
            Map.entry("TB", new String[] {"terabyte", "terabytes"}),
            Map.entry("°C", new String[] {"degree Celsius", "degrees Celsius"}),
            Map.entry("°F", new String[] {"degree Fahrenheit", "degrees Fahrenheit"}),
            Map.entry("h", new String[] {"hour", "hours"}),
            Map.entry("min", new String[] {"minute", "minutes"}),
            Map.entry("s", new String[] {"second", "seconds"}),
            Map.entry("ms", new String[] {"millisecond", "milliseconds"}));

    private static final Map<String, String[]> CURRENCIES = Map.of(
            "$", new String[] {"dollar", "dollars", "cent", "cents"},
            "€", new String[] {"euro", "euros", "cent", "cents"},
            "£", new String[] {"pound", "pounds", "penny", "pence"},
            "¥", new String[] {"yen", "yen", "sen", "sen"});

    private record Rule(Pattern pattern, Function<MatchResult, String> say) {}

    private static final List<Rule> RULES = List.of(
            rule(
                    "(?<![\\w$€£¥])([$€£¥])\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?"
                            + "(?:\\s?(thousand|million|billion|trillion|[kK]|[mM]|bn)\\b)?",
                    EnglishExpander::money),
            rule("(?<![\\w.])(\\d{4})-(\\d{2})-(\\d{2})(?![\\w-])", m -> date(m.group(1), m.group(2), m.group(3))),
            rule("(?<![\\w/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\w/])", m -> date(m.group(3), m.group(1), m.group(2))),
            rule(
                    "\\b(" + MONTHS + "|" + MONTH_ABBR + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b",
                    EnglishExpander::monthDay),
            rule(
                    "\\b(\\d{1,2})(?:st|nd|rd|th)? (" + MONTHS + ")(?:,? (\\d{4}))?\\b",
                    m -> "the " + NumberWords.ordinal(Long.parseLong(m.group(1))) + " of " + m.group(2)
                            + (m.group(3) == null ? "" : ", " + NumberWords.year(Integer.parseInt(m.group(3))))),
            rule("\\b([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s?([aApP])\\.?[mM]\\.?(?!\\w))?", EnglishExpander::time),
            rule("(?<![\\w.])(-?\\d+(?:\\.\\d+)?)\\s?%", m -> number(m.group(1)) + " percent"),
            rule("\\b(\\d+)(st|nd|rd|th)\\b", m -> NumberWords.ordinal(Long.parseLong(m.group(1)))),
            rule(
                    "(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s?(km/h|km|kg|cm|mm|mph|mi|ft|lbs|lb|oz|ml|m|g|GB|MB|kB|KB|TB"
                            + "|°C|°F|h|min|s|ms)(?![\\w/])",
                    EnglishExpander::unit),
            rule(
                    "(?i)\\b(in|since|by|until|till|from|year|during|before|after|circa) (1[1-9]\\d{2}|20\\d{2})"
                            + "(?![\\w%.,]\\d)(?!\\w)",
                    m -> m.group(1) + " " + NumberWords.year(Integer.parseInt(m.group(2)))),
            rule("(?<![\\w.,])(-?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?![\\w])", EnglishExpander::plainNumber),
            rule("(?<!\\w)No\\.\\s?(?=\\w)", m -> "number "),
            rule("(?<!\\w)etc\\.(?=\\s*$|\\s+\\p{Lu})", m -> "et cetera."),
            rule("(?<!\\w)St\\.(?=\\s+\\p{Lu})", m -> "Saint"),
            rule("(?<!\\w)(" + String.join("|", abbreviationKeys()) + ")(?!\\w)", m -> ABBREVIATIONS.get(m.group(1))),
            rule("\\s&\\s", m -> " and "),
            rule("(?<=\\w)@(?=\\w)", m -> " at "));

    private EnglishExpander() {}

    /** The text with every rule applied once, in order. */
    static String expand(String text) {
        String out = text;
        for (Rule r : RULES) {
            out = r.pattern.matcher(out).replaceAll(m -> Matcher.quoteReplacement(r.say.apply(m)));
        }
        return out;
    }

    private static Rule rule(String regex, Function<MatchResult, String> say) {
        return new Rule(Pattern.compile(regex), say);
    }

    private static List<String> abbreviationKeys() {
        return List.of(
                        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Jr.", "Sr.", "St.", "Mt.", "Ave.", "Blvd.", "Rd.", "vs.",
                        "etc.", "e.g.", "i.e.", "approx.", "Inc.", "Ltd.", "Dept.", "Gov.", "Sen.", "Gen.", "Capt.",
                        "Lt.", "Sgt.")
                .stream()
                .map(Pattern::quote)
                .toList();
    }

    private static String money(MatchResult m) {
        String[] names = CURRENCIES.get(m.group(1));
        String whole = m.group(2).replace(",", "");
        String fraction = m.group(3);
        String scale = m.group(4);
        if (scale != null) {
            String scaleWord =
                    switch (scale) {
                        case "k", "K" -> "thousand";
                        case "m", "M" -> "million";
                        case "bn" -> "billion";
                        default -> scale;
                    };
            String amount = fraction == null
                    ? NumberWords.cardinal(new BigInteger(whole))
                    : NumberWords.decimal(whole, fraction);
            return amount + " " + scaleWord + " " + names[1];
        }
        BigInteger units = new BigInteger(whole);
        int cents = fraction == null ? 0 : centsOf(fraction);
        if (fraction != null && fraction.length() > 2) {
            return NumberWords.decimal(whole, fraction) + " " + names[1];
        }
        String unitPart = NumberWords.cardinal(units) + " " + (units.equals(BigInteger.ONE) ? names[0] : names[1]);
        if (cents == 0) {
            return unitPart;
        }
        String centPart = NumberWords.cardinal(cents) + " " + (cents == 1 ? names[2] : names[3]);
        return units.signum() == 0 ? centPart : unitPart + " and " + centPart;
    }

    private static int centsOf(String fraction) {
        return Integer.parseInt(fraction.length() == 1 ? fraction + "0" : fraction);
    }

    private static String date(String year, String month, String day) {
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (mo < 1 || mo > 12 || d < 1 || d > 31) {
            return year + "-" + month + "-" + day;
        }
        return MONTH_NAMES.get(mo - 1) + " " + NumberWords.ordinal(d) + ", " + NumberWords.year(Integer.parseInt(year));
    }

    private static String monthDay(MatchResult m) {
        String month = fullMonth(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (day < 1 || day > 31) {
            return m.group();
        }
        String year = m.group(3) == null ? "" : ", " + NumberWords.year(Integer.parseInt(m.group(3)));
        return month + " " + NumberWords.ordinal(day) + year;
    }

    private static String fullMonth(String name) {
        for (String full : MONTH_NAMES) {
            if (full.startsWith(name.substring(0, 3))) {
                return full;
            }
        }
        return name;
    }

    private static String time(MatchResult m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        String suffix = m.group(3) == null ? "" : m.group(3).equalsIgnoreCase("a") ? " a m" : " p m";
        String minutes = minute == 0
                ? (suffix.isEmpty() ? " o'clock" : "")
                : minute < 10 ? " oh " + NumberWords.cardinal(minute) : " " + NumberWords.cardinal(minute);
        if (hour == 0 && suffix.isEmpty()) {
            return "zero" + (minute == 0 ? " hundred" : minutes);
        }
        return NumberWords.cardinal(hour) + minutes + suffix;
    }

    private static String unit(MatchResult m) {
        String[] names = UNITS.get(m.group(2));
        boolean one = m.group(1).equals("1");
        return number(m.group(1)) + " " + (one ? names[0] : names[1]);
    }

    private static String plainNumber(MatchResult m) {
        String sign = m.group(1).isEmpty() ? "" : "minus ";
        String whole = m.group(2);
        if (m.group(3) != null) {
            return sign + NumberWords.decimal(whole.replace(",", ""), m.group(3));
        }
        if (whole.length() > 1 && whole.startsWith("0")) {
            return sign + NumberWords.digits(whole);
        }
        return sign + NumberWords.cardinal(new BigInteger(whole.replace(",", "")));
    }

    private static String number(String s) {
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        int dot = digits.indexOf('.');
        String words = dot < 0
                ? NumberWords.cardinal(new BigInteger(digits))
                : NumberWords.decimal(digits.substring(0, dot), digits.substring(dot + 1));
        return (negative ? "minus " : "") + words;
    }
}
