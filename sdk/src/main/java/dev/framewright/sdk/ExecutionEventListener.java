package dev.framewright.sdk;

/**
 * Receives the events of an {@link ExecutionStream}, in order, on the stream's own thread. Must be
 * fast; an exception thrown here is ignored.
 */
@FunctionalInterface
public interface ExecutionEventListener {
    /** One event; the last one is terminal. */
    void onEvent(ExecutionEvent event);
}
