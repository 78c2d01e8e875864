package dev.framewright.core.worker;

import dev.framewright.core.executions.ExecutionRecord;
import java.time.Instant;

/** The live state of one claimed execution, shared by its worker thread and the heartbeat task. */
final class RunState {
    final ExecutionRecord execution;
    final Instant deadline;
    private volatile boolean cancelRequested;
    private volatile boolean leaseLost;
    private volatile boolean timedOut;
    private volatile int progress;

    RunState(ExecutionRecord execution, Instant deadline) {
        this.execution = execution;
        this.deadline = deadline;
        this.progress = execution.progress();
    }

    boolean shouldStop() {
        return cancelRequested || leaseLost || timedOut;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    void loseLease() {
        leaseLost = true;
    }

    boolean leaseLost() {
        return leaseLost;
    }

    void timeOut() {
        timedOut = true;
    }

    boolean timedOut() {
        return timedOut;
    }

    /** Overall progress 0–99 while running; never decreases (API.md §10.1). */
    void progress(int resultIndex, int numResults, double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        int p = (int) Math.floor(99.0 * (resultIndex + f) / numResults);
        synchronized (this) {
            if (p > progress) {
                progress = p;
            }
        }
    }

    int progress() {
        return progress;
    }
}
