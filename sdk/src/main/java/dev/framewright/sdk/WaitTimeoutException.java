package dev.framewright.sdk;

import java.time.Duration;

/**
 * A wait helper gave up: the execution or upload did not settle within the timeout. The work itself
 * goes on on the server; wait again, or cancel the execution. {@link #lastSeen()} is the last state
 * read (an {@code ExecutedTool} or a {@code StorageFile}), {@code null} if none was read.
 */
public class WaitTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Object lastSeen;

    /**
     * @param what what was waited for, e.g. {@code "execution vg_exec_…"}
     * @param timeout the timeout that passed
     * @param lastSeen the last state read, or {@code null}
     */
    public WaitTimeoutException(String what, Duration timeout, Object lastSeen) {
        super(what + " did not settle within " + timeout.toSeconds() + " s");
        this.lastSeen = lastSeen;
    }

    /** The last state read: an {@code ExecutedTool} or a {@code StorageFile}, or {@code null}. */
    public Object lastSeen() {
        return lastSeen;
    }
}
