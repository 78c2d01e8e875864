package dev.framewright.core.executions;

import dev.framewright.contract.ExecutionStatus;
import java.time.Instant;

/**
 * One stored change of an execution, in order: the SSE stream is made of these (API.md §2.6).
 *
 * @param seq increasing per execution, from 1
 * @param event {@code status} or {@code progress}
 */
public record ExecutionEvent(
        String executionId, long seq, String event, ExecutionStatus status, int progress, Instant at) {
    public static final String STATUS = "status";
    public static final String PROGRESS = "progress";

    public boolean terminal() {
        return status.isTerminal();
    }
}
