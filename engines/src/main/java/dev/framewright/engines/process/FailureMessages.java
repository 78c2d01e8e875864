package dev.framewright.engines.process;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failed program's stderr into a message fit for end users: its last non-blank line, with
 * every absolute path (also as a {@code file:} URL) replaced by its file name and the length bounded.
 */
final class FailureMessages {
    static final int MAX_LINE = 300;
    private static final String FILE_URL = "file:";
    private static final Pattern ABSOLUTE_PATH =
            Pattern.compile("(?<![\\w.:/-])/(?:[^\\s/'\"`:,;()\\[\\]]+/)*" + "([^\\s/'\"`:,;()\\[\\]]+)");

    private FailureMessages() {}

    /** The last non-blank line of {@code stderr}, cleaned; empty when there is none. */
    static String lastLine(String stderr, List<String> command, Path scratchDir) {
        String[] lines = stderr.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return sanitize(lines[i].strip(), command, scratchDir);
            }
        }
        return "";
    }

    /**
     * Replaces known paths (absolute arguments, the scratch folder) first, since they may hold spaces,
     * then anything else that looks like an absolute path.
     */
    static String sanitize(String line, List<String> command, Path scratchDir) {
        String out = line;
        for (String argument : command) {
            String path = argument.startsWith(FILE_URL) ? argument.substring(FILE_URL.length()) : argument;
            if (path.startsWith("/") && path.length() > 1) {
                out = out.replace(argument, fileName(path)).replace(path, fileName(path));
            }
        }
        if (scratchDir != null) {
            out = out.replace(scratchDir.toAbsolutePath() + "/", "");
        }
        Matcher m = ABSOLUTE_PATH.matcher(out.replace(FILE_URL + "/", "/"));
        out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
        return out.length() <= MAX_LINE ? out : out.substring(0, MAX_LINE) + "…";
    }

    private static String fileName(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? "" : name.toString();
    }
}
