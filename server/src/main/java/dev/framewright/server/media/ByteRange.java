package dev.framewright.server.media;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates a request's {@code Range} and {@code If-Range} headers against one representation, per
 * RFC 9110 §14 and §13.1.5, for media responses (API.md §10.3). Written by hand because Javalin's
 * built-in range support is wrong for our needs (it ignores If-Range, and answers unsatisfiable and
 * suffix ranges incorrectly). Pure and thread-safe.
 *
 * <p>Only single byte ranges are served. A header that is absent, names another unit, is not valid
 * syntax, or asks for several ranges is ignored (a full 200 response), as RFC 9110 allows; so is any
 * Range whose If-Range validator does not match.
 */
final class ByteRange {
    /** What to send. */
    enum Kind {
        /** 200 with the whole representation. */
        FULL,
        /** 206 with bytes {@code start..end} (inclusive) and {@code Content-Range: bytes start-end/size}. */
        PARTIAL,
        /** 416 with {@code Content-Range: bytes *}{@code /size}. */
        UNSATISFIABLE
    }

    /**
     * The outcome: for {@link Kind#PARTIAL}, the first and last (inclusive) byte offsets; 0 and -1
     * otherwise.
     */
    record Result(Kind kind, long start, long end) {
        static final Result FULL = new Result(Kind.FULL, 0, -1);
        static final Result UNSATISFIABLE = new Result(Kind.UNSATISFIABLE, 0, -1);

        static Result partial(long start, long end) {
            return new Result(Kind.PARTIAL, start, end);
        }

        /** Bytes to send for a partial response. */
        long length() {
            return end - start + 1;
        }
    }

    private static final String UNIT = "bytes";

    private ByteRange() {}

    /**
     * @param rangeHeader the {@code Range} header, or null
     * @param ifRangeHeader the {@code If-Range} header, or null
     * @param etag the representation's strong entity tag with its quotes, e.g. {@code "abc"}; null if none
     * @param lastModifiedEpochSeconds the representation's Last-Modified time, or -1 when not sent
     * @param size the representation's length in bytes
     */
    static Result evaluate(
            String rangeHeader, String ifRangeHeader, String etag, long lastModifiedEpochSeconds, long size) {
        if (rangeHeader == null
                || (ifRangeHeader != null && !IfRange.matches(ifRangeHeader, etag, lastModifiedEpochSeconds))) {
            return Result.FULL;
        }
        List<String> specs = rangeSet(rangeHeader);
        if (specs == null || specs.size() != 1) {
            return Result.FULL; // not a byte range, invalid, or multi-range: ignore the header
        }
        return single(specs.getFirst(), size);
    }

    /** The range-specs of a {@code bytes=} header, or null when it is not one. */
    private static List<String> rangeSet(String header) {
        int eq = header.indexOf('=');
        if (eq < 0 || !header.substring(0, eq).strip().equalsIgnoreCase(UNIT)) {
            return null;
        }
        List<String> specs = new ArrayList<>();
        for (String element : header.substring(eq + 1).split(",", -1)) {
            if (!element.isBlank()) { // RFC 9110 §5.6.1: empty list elements are ignored
                specs.add(element.strip());
            }
        }
        return specs;
    }

    private static Result single(String spec, long size) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Result.FULL;
        }
        String first = spec.substring(0, dash);
        String last = spec.substring(dash + 1);
        if (first.isEmpty()) {
            return suffix(last, size);
        }
        if (!digits(first) || !(last.isEmpty() || digits(last))) {
            return Result.FULL;
        }
        long start = parse(first);
        long end = last.isEmpty() ? Long.MAX_VALUE : parse(last);
        if (end < start) {
            return Result.FULL; // invalid range-spec (RFC 9110 §14.1.1)
        }
        return start >= size ? Result.UNSATISFIABLE : Result.partial(start, Math.min(end, size - 1));
    }

    /** {@code bytes=-N}: the last N bytes, or all of them when N is larger than the representation. */
    private static Result suffix(String length, long size) {
        if (!digits(length)) {
            return Result.FULL;
        }
        long n = parse(length);
        if (n == 0) {
            return Result.UNSATISFIABLE;
        }
        // an empty representation satisfies a suffix range, but has no byte to name: send it whole
        return size == 0 ? Result.FULL : Result.partial(Math.max(0, size - n), size - 1);
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Digits as a long; absurdly large values saturate, which still compares correctly with any size. */
    private static long parse(String digits) {
        String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
        return trimmed.length() > 18 ? Long.MAX_VALUE : Long.parseLong(trimmed);
    }

    /** The If-Range condition (RFC 9110 §13.1.5): a strong entity tag or an exact HTTP date. */
    private static final class IfRange {
        private static final DateTimeFormatter RFC_850 =
                DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US);
        private static final DateTimeFormatter ASCTIME =
                DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

        static boolean matches(String header, String etag, long lastModifiedEpochSeconds) {
            String value = header.strip();
            if (value.startsWith("\"") || value.startsWith("W/")) {
                // strong comparison: a weak tag on either side never matches
                return etag != null && !etag.startsWith("W/") && value.equals(etag);
            }
            long date = httpDate(value);
            return lastModifiedEpochSeconds >= 0 && date == lastModifiedEpochSeconds;
        }

        /** Epoch seconds of an IMF-fixdate, RFC 850 or asctime date; -2 when it is none of them. */
        private static long httpDate(String value) {
            try {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toEpochSecond();
            } catch (DateTimeException e) {
                // try the obsolete forms
            }
            for (DateTimeFormatter format : List.of(RFC_850, ASCTIME)) {
                try {
                    return LocalDateTime.parse(value, format).toEpochSecond(ZoneOffset.UTC);
                } catch (DateTimeException e) {
                    // next form
                }
            }
            return -2;
        }
    }
}
