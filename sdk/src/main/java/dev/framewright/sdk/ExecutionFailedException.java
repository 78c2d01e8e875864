package dev.framewright.sdk;

import dev.framewright.contract.ApiError;
import dev.framewright.contract.ExecutedTool;

/**
 * Thrown by the {@code …AndWait} helpers when the execution ended {@code failed} or {@code
 * cancelled} instead of {@code succeeded}. This is not an HTTP error: every request succeeded, the
 * work did not. {@link #execution()} is the terminal execution; for {@code failed} its {@code error}
 * holds an execution-level code ({@code engine_failed}, {@code timed_out}, {@code input_invalid},
 * {@code engine_unavailable}, {@code internal_error}; API.md §10.1).
 */
public class ExecutionFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ExecutedTool execution;

    /** @param execution the terminal, unsuccessful execution */
    public ExecutionFailedException(ExecutedTool execution) {
        super(describe(execution));
        this.execution = execution;
    }

    /** The terminal execution. */
    public ExecutedTool execution() {
        return execution;
    }

    /** The execution's error ({@code null} when it was cancelled). */
    public ApiError error() {
        return execution.error();
    }

    private static String describe(ExecutedTool e) {
        String base = "execution " + e.toolExecutionId() + " "
                + (e.status() == null ? "ended" : e.status().wire());
        ApiError error = e.error();
        return error == null ? base : base + " (" + error.code() + "): " + error.message();
    }
}
