package dev.framewright.engines.process;

import dev.framewright.core.executions.ToolFailure;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * Runs a {@link Subprocess.StdinWriter} on its own platform thread (the writer usually renders, which
 * is CPU work) and keeps what it threw for the caller.
 */
final class StdinFeeder {
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    private static final int BUFFER = 1 << 16;

    private final Thread thread;
    private volatile Throwable failure;

    private StdinFeeder(String program, Process process, Subprocess.StdinWriter writer) {
        this.thread = Thread.ofPlatform().name(program + "-stdin").daemon().unstarted(() -> feed(process, writer));
    }

    static StdinFeeder start(String program, Process process, Subprocess.StdinWriter writer) {
        StdinFeeder f = new StdinFeeder(program, process, writer);
        f.thread.start();
        return f;
    }

    private void feed(Process process, Subprocess.StdinWriter writer) {
        try (OutputStream out = new BufferedOutputStream(process.getOutputStream(), BUFFER)) {
            writer.write(out);
        } catch (IOException e) {
            // the program stopped reading (it exited or was killed): its exit code tells the outcome
        } catch (InterruptedException e) {
            // stopped because the run ended
        } catch (ToolFailure | RuntimeException | Error e) {
            failure = e;
        }
    }

    /** Waits (bounded) for the writer to finish; interrupts it when the program is gone and it still runs. */
    void stop() throws InterruptedException {
        thread.join(STOP_WAIT.toMillis() / 5);
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(STOP_WAIT.toMillis());
        }
    }

    /** Rethrows what the writer threw, if anything. */
    void rethrow() throws ToolFailure {
        Throwable f = failure;
        if (f instanceof ToolFailure t) {
            throw t;
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }
}
