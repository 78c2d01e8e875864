package dev.framewright.engines.vectorize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The first line a program prints for its version flag, for engine probes. */
final class ProgramVersion {
    private ProgramVersion() {}

    /** Empty when the program cannot be run or prints nothing within 10 s. */
    static Optional<String> firstLine(String program, String flag) {
        try {
            Process p =
                    new ProcessBuilder(program, flag).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return out.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
