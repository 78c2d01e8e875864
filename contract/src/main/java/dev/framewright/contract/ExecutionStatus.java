package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonValue;

/** Lifecycle status of a tool execution (API.md §8, §10.1). Serialized lowercase. */
public enum ExecutionStatus {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    public static ExecutionStatus fromWire(String value) {
        for (ExecutionStatus s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown execution status: " + value);
    }
}
