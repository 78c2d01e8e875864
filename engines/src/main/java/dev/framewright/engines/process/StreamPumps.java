package dev.framewright.engines.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Drains a child's output streams on virtual threads so that the child never blocks on a full pipe. */
final class StreamPumps {
    private StreamPumps() {}

    /** Copies {@code in} into {@code tail} until end of stream. */
    static Thread toTail(String name, InputStream in, TailBuffer tail) {
        return Thread.ofVirtual().name(name).start(() -> {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    tail.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // the pipe closed under us: the process is gone
            }
        });
    }

    /**
     * Passes each UTF-8 line of {@code in} to {@code lines}. A consumer that throws is not called again,
     * but the stream is still drained.
     */
    static Thread toLines(String name, InputStream in, Consumer<String> lines) {
        return Thread.ofVirtual().name(name).start(() -> {
            boolean deliver = true;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    deliver = deliver && deliver(lines, line);
                }
            } catch (IOException e) {
                // the pipe closed under us: the process is gone
            }
        });
    }

    private static boolean deliver(Consumer<String> lines, String line) {
        try {
            lines.accept(line);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
