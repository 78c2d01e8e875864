package dev.framewright.engines.analysis;

/** Durations as words for descriptions. */
final class Durations {
    private Durations() {}

    /** e.g. "1.5 seconds", "42 seconds", "3 minutes 5 seconds", "1 hour 2 minutes". */
    static String words(double seconds) {
        if (seconds < 10) {
            double r = Math.round(seconds * 10) / 10.0;
            return (r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r))
                    + (r == 1 ? " second" : " seconds");
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " seconds";
        }
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long rest = s % 60;
        StringBuilder sb = new StringBuilder();
        if (h > 0) {
            sb.append(h).append(h == 1 ? " hour" : " hours");
            if (m > 0) {
                sb.append(' ').append(m).append(m == 1 ? " minute" : " minutes");
            }
            return sb.toString();
        }
        sb.append(m).append(m == 1 ? " minute" : " minutes");
        if (rest > 0) {
            sb.append(' ').append(rest).append(rest == 1 ? " second" : " seconds");
        }
        return sb.toString();
    }
}
