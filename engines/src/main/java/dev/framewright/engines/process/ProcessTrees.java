package dev.framewright.engines.process;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Kills a process together with everything it started. */
final class ProcessTrees {
    private static final Duration REAP_WAIT = Duration.ofSeconds(5);

    private ProcessTrees() {}

    /**
     * Kills {@code process} and its descendants with SIGKILL and waits (bounded) until they are gone.
     * Descendants are listed before the parent dies, since orphans are no longer its descendants. Keeps
     * the caller's interrupt status, but still waits when it is set.
     */
    static void kill(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        boolean interrupted = Thread.interrupted();
        try {
            awaitGone(process, descendants);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitGone(Process process, List<ProcessHandle> descendants) {
        long deadline = System.nanoTime() + REAP_WAIT.toNanos();
        try {
            process.onExit().get(REAP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            for (ProcessHandle child : descendants) {
                long left = Math.max(1, deadline - System.nanoTime());
                child.onExit().get(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a process that will not die within the wait is left to the operating system
        }
    }
}
