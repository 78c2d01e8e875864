package dev.framewright.engines.media;

import dev.framewright.core.executions.ToolFailure;
import dev.framewright.engines.process.Subprocess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The external programs renditions use: found by name, run with one timeout, failures as IOException. */
final class Programs {
    private final Function<String, Optional<Path>> lookup;
    private final Duration timeout;

    /** @param lookup finds a program by name, e.g. {@link Subprocess#which} */
    Programs(Function<String, Optional<Path>> lookup, Duration timeout) {
        this.lookup = lookup;
        this.timeout = timeout;
    }

    /** @throws IOException "{@code name} is not installed" (plus {@code why}) when it is not found */
    Path require(String name, String why) throws IOException {
        return lookup.apply(name).orElseThrow(() -> new IOException(name + " is not installed" + why));
    }

    /**
     * Runs {@code command} in {@code workingDir} (may be null), feeding it {@code stdin} (may be null).
     *
     * @throws IOException with the program's failure message when it fails, times out or cannot start
     */
    void run(Path workingDir, Path stdin, List<String> command) throws IOException, InterruptedException {
        Subprocess run = Subprocess.of(command).timeout(timeout);
        if (workingDir != null) {
            run.workingDir(workingDir);
        }
        if (stdin != null) {
            run.stdinFrom(stdin);
        }
        try {
            run.run();
        } catch (ToolFailure failure) {
            throw new IOException(failure.getMessage(), failure);
        }
    }
}
