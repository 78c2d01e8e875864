package dev.framewright.engines.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.executions.ToolFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class SubprocessTest {
    @TempDir
    Path scratch;

    @Test
    void aSuccessfulRunReturnsTheStderrTail() throws Exception {
        String stderr = Subprocess.of("sh", "-c", "echo warming up >&2; exit 0").run();

        assertThat(stderr).isEqualTo("warming up\n");
    }

    @Test
    void stdoutLinesArriveInOrder() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();

        Subprocess.of("sh", "-c", "printf 'a\\nb\\nc\\n'")
                .onStdoutLine(lines::add)
                .run();

        assertThat(lines).containsExactly("a", "b", "c");
    }

    @Test
    void aThrowingConsumerDoesNotBlockTheProgram() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();

        Subprocess.of("sh", "-c", "seq 1 100000")
                .onStdoutLine(line -> {
                    lines.add(line);
                    throw new IllegalStateException("boom");
                })
                .run();

        assertThat(lines).containsExactly("1");
    }

    @Test
    void aNonZeroExitFailsWithTheProgramAndLastStderrLine() {
        assertThatThrownBy(() -> Subprocess.of("sh", "-c", "echo first >&2; echo 'bad input' >&2; exit 3")
                        .run())
                .isInstanceOfSatisfying(ToolFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(ErrorCode.ENGINE_FAILED);
                    assertThat(f.getMessage()).isEqualTo("sh failed (exit code 3): bad input");
                });
    }

    @Test
    void failureMessagesHideAbsolutePaths() throws Exception {
        Path input = Files.writeString(scratch.resolve("my clip.mp4"), "x");
        String script = "echo \"" + input + ": Invalid data; see /usr/share/x/log.txt\" >&2; exit 1";

        assertThatThrownBy(() -> Subprocess.of("/bin/sh", "-c", script, input.toString())
                        .workingDir(scratch)
                        .run())
                .isInstanceOf(ToolFailure.class)
                .hasMessage("sh failed (exit code 1): my clip.mp4: Invalid data; see log.txt");
    }

    @Test
    void aMissingProgramIsUnavailable() {
        assertThatThrownBy(() -> Subprocess.of("framewright-no-such-program").run())
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE))
                .hasMessage("framewright-no-such-program could not be started");
    }

    @Test
    void stderrIsBoundedToItsLast16KiB() throws Exception {
        String stderr = Subprocess.of("sh", "-c", "head -c 100000 /dev/zero | tr '\\0' x >&2; echo END >&2")
                .run();

        assertThat(stderr).hasSize(Subprocess.STDERR_LIMIT).endsWith("xxxEND\n");
    }

    @Test
    void aTimeoutKillsTheWholeTree() throws Exception {
        Path pids = scratch.resolve("pids");
        String script = "sleep 30 & echo $! > " + pids + "; sleep 30";
        long started = System.nanoTime();

        assertThatThrownBy(() -> Subprocess.of("sh", "-c", script)
                        .timeout(Duration.ofMillis(700))
                        .run())
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.TIMED_OUT))
                .hasMessageContaining("sh took longer than");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(isRunning(Long.parseLong(Files.readString(pids).strip()))).isFalse();
    }

    @Test
    void cancellationKillsTheWholeTree() throws Exception {
        Path pids = scratch.resolve("pids");
        AtomicBoolean cancelled = new AtomicBoolean();
        String script = "sleep 30 & echo $! > " + pids + "; touch " + scratch.resolve("ready") + "; sleep 30";
        Subprocess run = Subprocess.of("sh", "-c", script).cancelledWhen(() -> {
            if (Files.exists(scratch.resolve("ready"))) {
                cancelled.set(true);
            }
            return cancelled.get();
        });

        assertThatThrownBy(run::run)
                .isInstanceOfSatisfying(
                        ToolFailure.class, f -> assertThat(f.code()).isEqualTo(ErrorCode.ENGINE_FAILED))
                .hasMessage("sh was stopped: the run was cancelled");

        assertThat(isRunning(Long.parseLong(Files.readString(pids).strip()))).isFalse();
    }

    @Test
    void interruptionKillsTheTreeAndThrowsInterruptedException() throws Exception {
        Path pids = scratch.resolve("pids");
        String script = "sleep 30 & echo $! > " + pids + "; sleep 30";
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> run =
                    pool.submit(() -> Subprocess.of("sh", "-c", script).run());
            awaitFile(pids);
            run.cancel(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(isRunning(Long.parseLong(Files.readString(pids).strip()))).isFalse();
    }

    @Test
    void anAlreadyCancelledRunDoesNotStart() {
        Path marker = scratch.resolve("started");

        assertThatThrownBy(() -> Subprocess.of("touch", marker.toString())
                        .cancelledWhen(() -> true)
                        .run())
                .isInstanceOf(ToolFailure.class);
        assertThat(marker).doesNotExist();
    }

    @Test
    void whichFindsProgramsOnThePath() throws Exception {
        Path notExecutable = Files.writeString(scratch.resolve("data.txt"), "x");

        assertThat(Subprocess.which("sh"))
                .hasValueSatisfying(p -> assertThat(p).isAbsolute().isExecutable());
        assertThat(Subprocess.which("framewright-no-such-program")).isEmpty();
        assertThat(Subprocess.which("/bin/sh")).contains(Path.of("/bin/sh"));
        assertThat(Subprocess.which(notExecutable.toString())).isEmpty();
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(file).exists();
    }

    /** Alive and not a zombie (a killed orphan may wait to be reaped by a container's init). */
    private static boolean isRunning(long pid) throws Exception {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        Matcher m = Pattern.compile("\\) (\\S)").matcher(Files.readString(stat));
        return m.find() && !m.group(1).equals("Z") && !m.group(1).equals("X");
    }

    @Test
    void aStdinWriterFeedsTheProgramLive() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();

        Subprocess.of("sh", "-c", "wc -c")
                .stdinFrom(out -> {
                    for (int i = 0; i < 100; i++) {
                        out.write(new byte[1000]);
                    }
                })
                .onStdoutLine(lines::add)
                .run();

        assertThat(lines).singleElement().satisfies(l -> assertThat(l.trim()).isEqualTo("100000"));
    }

    @Test
    void aFailingWriterFailsTheRunEvenWhenTheProgramExitsNormally() {
        assertThatThrownBy(() -> Subprocess.of("sh", "-c", "cat > /dev/null")
                        .stdinFrom(out -> {
                            out.write(new byte[10]);
                            throw ToolFailure.engineFailed("frame 3 could not be drawn");
                        })
                        .run())
                .isInstanceOf(ToolFailure.class)
                .hasMessage("frame 3 could not be drawn");
    }

    @Test
    void cancellingKillsTheProgramAndStopsAnEndlessWriter() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicBoolean writerDone = new AtomicBoolean();
        ExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        try {
            ((java.util.concurrent.ScheduledExecutorService) canceller)
                    .schedule(() -> cancel.set(true), 300, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            assertThatThrownBy(() -> Subprocess.of("sh", "-c", "cat > /dev/null")
                            .cancelledWhen(cancel::get)
                            .stdinFrom(out -> {
                                try {
                                    while (!Thread.currentThread().isInterrupted()) {
                                        out.write(new byte[65536]);
                                    }
                                } finally {
                                    writerDone.set(true);
                                }
                            })
                            .run())
                    .isInstanceOf(ToolFailure.class)
                    .hasMessageContaining("cancelled");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(writerDone).isTrue();
        } finally {
            canceller.shutdownNow();
        }
    }

    @Test
    void aProgramThatDiesWhileBeingFedFailsWithItsExitCode() {
        assertThatThrownBy(() -> Subprocess.of("sh", "-c", "head -c 10 > /dev/null; echo 'gave up' >&2; exit 4")
                        .stdinFrom(out -> {
                            while (true) {
                                out.write(new byte[65536]);
                            }
                        })
                        .run())
                .isInstanceOf(ToolFailure.class)
                .hasMessage("sh failed (exit code 4): gave up");
    }
}
