package dev.framewright.core.executions;

import dev.framewright.contract.ErrorCode;

/**
 * A run that could not produce its output. The message is shown to end users: it says what went
 * wrong without paths or internals. Codes: {@code engine_failed}, {@code input_invalid}, {@code
 * timed_out}, {@code engine_unavailable}.
 */
public final class ToolFailure extends Exception {
    private final ErrorCode code;
    private final boolean retryable;

    public ToolFailure(ErrorCode code, String message) {
        this(code, message, false, null);
    }

    public ToolFailure(ErrorCode code, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
    }

    public ErrorCode code() {
        return code;
    }

    /** Whether another attempt could succeed (e.g. a lost engine), as opposed to bad input. */
    public boolean retryable() {
        return retryable;
    }

    public static ToolFailure engineFailed(String message) {
        return new ToolFailure(ErrorCode.ENGINE_FAILED, message);
    }

    public static ToolFailure inputInvalid(String message) {
        return new ToolFailure(ErrorCode.INPUT_INVALID, message);
    }
}
