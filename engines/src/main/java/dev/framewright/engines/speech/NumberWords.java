package dev.framewright.engines.speech;

import java.math.BigInteger;

/** English number names: cardinals, ordinals, years and decimals ({@code 21} → "twenty-one"). */
final class NumberWords {
    private static final String[] SMALL = {
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen"
    };
    private static final String[] TENS = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };
    private static final String[] SCALES = {"", "thousand", "million", "billion", "trillion", "quadrillion"};
    private static final BigInteger THOUSAND = BigInteger.valueOf(1000);

    private NumberWords() {}

    /** "one thousand two hundred thirty-four"; negative numbers start with "minus". */
    static String cardinal(long n) {
        return cardinal(BigInteger.valueOf(n));
    }

    /** Up to 10^18 - 1; longer digit strings are read digit by digit. */
    static String cardinal(BigInteger n) {
        if (n.signum() < 0) {
            return "minus " + cardinal(n.negate());
        }
        if (n.signum() == 0) {
            return SMALL[0];
        }
        if (n.bitLength() > 59) {
            return digits(n.toString());
        }
        int scale = 0;
        String rest = "";
        while (n.signum() > 0) {
            int group = n.mod(THOUSAND).intValue();
            if (group > 0) {
                String words = belowThousand(group) + (scale > 0 ? " " + SCALES[scale] : "");
                rest = rest.isEmpty() ? words : words + " " + rest;
            }
            n = n.divide(THOUSAND);
            scale++;
        }
        return rest;
    }

    /** "first", "twenty-second", "one hundred third". */
    static String ordinal(long n) {
        String c = cardinal(n);
        int cut = Math.max(c.lastIndexOf(' '), c.lastIndexOf('-'));
        String head = c.substring(0, cut + 1);
        String last = c.substring(cut + 1);
        return head + ordinalWord(last);
    }

    /** Years as people read them: 1999 → "nineteen ninety-nine", 2005 → "two thousand five", 1900 → "nineteen hundred". */
    static String year(int y) {
        if (y < 1000 || y > 9999 || (y >= 2000 && y < 2010) || y % 1000 == 0) {
            return cardinal(y);
        }
        int hi = y / 100;
        int lo = y % 100;
        if (lo == 0) {
            return cardinal(hi) + " hundred";
        }
        return cardinal(hi) + " " + (lo < 10 ? "oh " + SMALL[lo] : cardinal(lo));
    }

    /** "3.14" → "three point one four"; the integer part as a cardinal, the fraction digit by digit. */
    static String decimal(String integerPart, String fraction) {
        String whole = integerPart.isEmpty() ? "zero" : cardinal(new BigInteger(integerPart));
        return whole + " point " + digits(fraction);
    }

    /** Each digit named: "007" → "zero zero seven". */
    static String digits(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            if (Character.isDigit(c)) {
                out.append(out.isEmpty() ? "" : " ").append(SMALL[c - '0']);
            }
        }
        return out.toString();
    }

    private static String belowThousand(int n) {
        String tail = belowHundred(n % 100);
        if (n < 100) {
            return tail;
        }
        String head = SMALL[n / 100] + " hundred";
        return n % 100 == 0 ? head : head + " " + tail;
    }

    private static String belowHundred(int n) {
        if (n < 20) {
            return SMALL[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]);
    }

    private static String ordinalWord(String w) {
        return switch (w) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> w.endsWith("y") ? w.substring(0, w.length() - 1) + "ieth" : w + "th";
        };
    }
}
