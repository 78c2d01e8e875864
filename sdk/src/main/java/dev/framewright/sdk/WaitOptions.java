package dev.framewright.sdk;

import dev.framewright.contract.ExecutedTool;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a helper waits for an execution: how often it polls, how long it waits at most, and who hears
 * each state read (e.g. a progress bar fed from {@code progressPercentage}).
 *
 * @param interval time between two reads; {@code null} = the client's poll interval (1.5 s)
 * @param timeout how long to wait before giving up with {@link WaitTimeoutException} (1 h by default)
 * @param onUpdate called on the polling thread with every state read, the terminal one included;
 *     must be fast and must not throw (exceptions are ignored)
 */
public record WaitOptions(Duration interval, Duration timeout, Consumer<ExecutedTool> onUpdate) {
    /** The official SDKs' poll timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(1);

    public WaitOptions {
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        onUpdate = onUpdate == null ? e -> {} : onUpdate;
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** The client's interval, a 1 h timeout, no listener. */
    public static WaitOptions defaults() {
        return new WaitOptions(null, null, null);
    }

    /** These options with another interval. */
    public WaitOptions withInterval(Duration interval) {
        return new WaitOptions(Objects.requireNonNull(interval, "interval"), timeout, onUpdate);
    }

    /** These options with another timeout. */
    public WaitOptions withTimeout(Duration timeout) {
        return new WaitOptions(interval, Objects.requireNonNull(timeout, "timeout"), onUpdate);
    }

    /** These options with a listener for every state read. */
    public WaitOptions withOnUpdate(Consumer<ExecutedTool> onUpdate) {
        return new WaitOptions(interval, timeout, Objects.requireNonNull(onUpdate, "onUpdate"));
    }
}
