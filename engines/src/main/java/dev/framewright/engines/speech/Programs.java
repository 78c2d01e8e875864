package dev.framewright.engines.speech;

import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small runs of speech programs at discovery: their stdout lines, or nothing when they fail. */
final class Programs {
    static final Duration DISCOVERY_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern VERSION = Pattern.compile("(\\d+\\.\\d+(?:\\.\\d+)?)");

    private Programs() {}

    static boolean installed(String program) {
        return Subprocess.which(program).isPresent();
    }

    /** The program's stdout lines; empty when it cannot run or fails. */
    static List<String> lines(List<String> command) {
        return lines(command, false);
    }

    /** @param anyExit keep what it printed even when it exits non-zero (as {@code flite --version} does) */
    static List<String> lines(List<String> command, boolean anyExit) {
        List<String> out = new ArrayList<>();
        try {
            Subprocess.of(command)
                    .timeout(DISCOVERY_TIMEOUT)
                    .onStdoutLine(line -> {
                        synchronized (out) {
                            out.add(line);
                        }
                    })
                    .run();
        } catch (ToolFailure e) {
            if (!anyExit) {
                return List.of();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
        synchronized (out) {
            return List.copyOf(out);
        }
    }

    /** The first dotted version number printed by {@code command}. */
    static Optional<String> version(List<String> command) {
        for (String line : lines(command, true)) {
            Matcher m = VERSION.matcher(line);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
