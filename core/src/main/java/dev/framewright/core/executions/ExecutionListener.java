package dev.framewright.core.executions;

/**
 * Hears about execution changes, e.g. to wake workers. Listeners are fast, do no I/O and never
 * throw. {@link #NONE} does nothing.
 */
public interface ExecutionListener {
    ExecutionListener NONE = new ExecutionListener() {};

    /** A new execution is pending. */
    default void created(ExecutionRecord execution) {}

    /** A cancel was requested for a running execution. */
    default void cancelRequested(String executionId) {}
}
