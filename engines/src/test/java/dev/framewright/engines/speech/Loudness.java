package dev.framewright.engines.speech;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Integrated loudness (LUFS) measured by ffmpeg's ebur128 filter, for tests. */
final class Loudness {
    private static final Pattern I = Pattern.compile("I:\\s+(-?[\\d.]+) LUFS");

    private Loudness() {}

    static double integrated(Path file) throws Exception {
        Process p = new ProcessBuilder(
                        "ffmpeg",
                        "-nostdin",
                        "-hide_banner",
                        "-i",
                        file.toString(),
                        "-af",
                        "ebur128",
                        "-f",
                        "null",
                        "-")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        Matcher m = I.matcher(out);
        double last = Double.NaN;
        while (m.find()) {
            last = Double.parseDouble(m.group(1));
        }
        return last;
    }
}
