package dev.framewright.engines.process;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolFailure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs one external program to completion, killably. Configure it, then call {@link #run()} once;
 * an instance is not thread-safe. The program's stdin is closed (unless {@link #stdinFrom(Path)} or
 * {@link #stdinFrom(StdinWriter)}), its stdout is discarded unless {@link #onStdoutLine} is set, and
 * the last {@value #STDERR_LIMIT} bytes of its stderr are kept.
 *
 * <p>On timeout, cancellation or interruption the whole process tree is killed before {@code run}
 * returns. Failure messages are meant for end users: they name the program and quote the last line
 * of its stderr with every absolute path cut down to a file name.
 */
public final class Subprocess {
    /** Longest run allowed unless {@link #timeout} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    /** Bytes of stderr kept (the end of it). */
    public static final int STDERR_LIMIT = 16 * 1024;

    private static final long POLL_MILLIS = 100;
    private static final Duration READER_WAIT = Duration.ofSeconds(2);

    private final List<String> command;
    private final String program;
    private Duration timeout = DEFAULT_TIMEOUT;
    private BooleanSupplier cancelled = () -> false;
    private Consumer<String> stdoutLines;
    private Path workingDir;
    private Path stdin;
    private StdinWriter stdinWriter;

    /**
     * Produces a program's stdin live (e.g. raw video frames for ffmpeg). Called once, on its own
     * platform thread, with the buffered pipe, which is closed after it returns or throws. A write
     * fails with {@link IOException} once the program has exited or was killed; the writer should then
     * return (or let it propagate). It should also stop when its thread is interrupted.
     */
    @FunctionalInterface
    public interface StdinWriter {
        /**
         * @throws ToolFailure the input could not be produced: the run fails with it, even if the
         *     program then exits normally on the truncated input
         */
        void write(java.io.OutputStream stdin) throws IOException, ToolFailure, InterruptedException;
    }

    private Subprocess(List<String> command) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
        this.command = List.copyOf(command);
        this.program = Path.of(command.getFirst()).getFileName().toString();
    }

    /** A run of {@code command}: the program (a name looked up on PATH, or a path), then its arguments. */
    public static Subprocess of(List<String> command) {
        return new Subprocess(command);
    }

    /** @see #of(List) */
    public static Subprocess of(String... command) {
        return new Subprocess(List.of(command));
    }

    /** Kills the program and fails with {@code timed_out} once it has run this long. */
    public Subprocess timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        this.timeout = timeout;
        return this;
    }

    /** Polled about every 100 ms; once true the program is killed (e.g. {@code ctx::cancelled}). */
    public Subprocess cancelledWhen(BooleanSupplier cancelled) {
        this.cancelled = Objects.requireNonNull(cancelled);
        return this;
    }

    /**
     * Receives each line of stdout, on a reader thread, in order. It must be fast; if it throws it is
     * not called again.
     */
    public Subprocess onStdoutLine(Consumer<String> lines) {
        this.stdoutLines = Objects.requireNonNull(lines);
        return this;
    }

    /** Folder the program runs in; its path is also hidden from failure messages. */
    public Subprocess workingDir(Path dir) {
        this.workingDir = dir;
        return this;
    }

    /** Feeds {@code file} to the program's stdin instead of closing it. */
    public Subprocess stdinFrom(Path file) {
        this.stdin = Objects.requireNonNull(file);
        this.stdinWriter = null;
        return this;
    }

    /**
     * Feeds the program's stdin from {@code writer}, running beside the program. Timeouts, cancellation
     * and interruption still kill the process tree; the writer's next write then fails and its thread
     * is interrupted. A writer that throws {@link ToolFailure} or a runtime exception fails the run
     * (after the program is stopped); an {@link IOException} from a program that stopped reading is
     * judged by the program's exit code.
     */
    public Subprocess stdinFrom(StdinWriter writer) {
        this.stdinWriter = Objects.requireNonNull(writer);
        this.stdin = null;
        return this;
    }

    /**
     * Starts the program and waits for it to exit.
     *
     * @return the kept tail of stderr
     * @throws ToolFailure {@code engine_failed} when it exits non-zero or is cancelled, {@code timed_out}
     *     when it runs too long, {@code engine_unavailable} when it cannot be started
     * @throws InterruptedException when the calling thread is interrupted; the tree is killed first
     */
    public String run() throws ToolFailure, InterruptedException {
        failIfCancelled();
        Process process = start();
        TailBuffer stderr = new TailBuffer(STDERR_LIMIT);
        Thread errReader = StreamPumps.toTail(program + "-stderr", process.getErrorStream(), stderr);
        Thread outReader = stdoutLines == null
                ? null
                : StreamPumps.toLines(program + "-stdout", process.getInputStream(), stdoutLines);
        StdinFeeder feeder = stdinWriter == null ? null : StdinFeeder.start(program, process, stdinWriter);
        int exit;
        try {
            exit = awaitOrKill(process);
        } finally {
            if (feeder != null) {
                feeder.stop();
            }
        }
        awaitReader(errReader);
        awaitReader(outReader);
        if (exit != 0) {
            throw failure(exit, stderr.text());
        }
        if (feeder != null) {
            feeder.rethrow();
        }
        return stderr.text();
    }

    /**
     * The executable a bare program name resolves to on PATH (or the given path, when it holds a
     * {@code /}), if it exists and is executable.
     */
    public static Optional<Path> which(String program) {
        if (program.contains("/")) {
            return executable(program);
        }
        String path = System.getenv("PATH");
        if (path == null || program.isEmpty()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Optional<Path> found = dir.isEmpty() ? Optional.empty() : executable(dir + "/" + program);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> executable(String candidate) {
        try {
            Path p = Path.of(candidate).toAbsolutePath();
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code setpriv --pdeathsig KILL}: the kernel kills the child when the thread that started it dies,
     * so a {@code kill -9} of the server leaves no orphan engine process behind. Only for platform
     * threads: a virtual thread's carrier may end while the child still runs.
     */
    private static final Optional<Path> SETPRIV = which("setpriv");

    private List<String> launchCommand() {
        // a program that cannot be found must fail to start (engine_unavailable), not inside setpriv
        if (SETPRIV.isEmpty()
                || Thread.currentThread().isVirtual()
                || which(command.getFirst()).isEmpty()) {
            return command;
        }
        List<String> wrapped =
                new java.util.ArrayList<>(List.of(SETPRIV.get().toString(), "--pdeathsig", "KILL", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private Process start() throws ToolFailure {
        ProcessBuilder builder = new ProcessBuilder(launchCommand())
                .redirectOutput(stdoutLines == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE);
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        try {
            Process process = builder.start();
            if (stdin == null && stdinWriter == null) {
                process.getOutputStream().close();
            }
            return process;
        } catch (IOException e) {
            throw new ToolFailure(ErrorCode.ENGINE_UNAVAILABLE, program + " could not be started", false, e);
        }
    }

    private int awaitOrKill(Process process) throws ToolFailure, InterruptedException {
        boolean exited = false;
        try {
            int exit = awaitExit(process);
            exited = true;
            return exit;
        } finally {
            if (!exited) {
                ProcessTrees.kill(process);
            }
        }
    }

    private int awaitExit(Process process) throws ToolFailure, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            failIfCancelled();
            if (System.nanoTime() - deadline >= 0) {
                throw new ToolFailure(
                        ErrorCode.TIMED_OUT,
                        program + " took longer than " + timeout.toSeconds() + " s and was stopped");
            }
        }
        return process.exitValue();
    }

    private void failIfCancelled() throws ToolFailure {
        if (cancelled.getAsBoolean()) {
            throw new ToolFailure(ErrorCode.ENGINE_FAILED, program + " was stopped: the run was cancelled");
        }
    }

    /** Bounded: a background grandchild may keep the pipe open after the program exits. */
    private static void awaitReader(Thread reader) throws InterruptedException {
        if (reader != null) {
            reader.join(READER_WAIT);
        }
    }

    private ToolFailure failure(int exit, String stderr) {
        String line = FailureMessages.lastLine(stderr, command, workingDir);
        String message = program + " failed (exit code " + exit + ")" + (line.isEmpty() ? "" : ": " + line);
        return new ToolFailure(ErrorCode.ENGINE_FAILED, message);
    }
}
