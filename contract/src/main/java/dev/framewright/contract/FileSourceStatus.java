package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonValue;

/** Status of one rendition of a file (API.md §7.3). Serialized lowercase. */
public enum FileSourceStatus {
    PENDING,
    READY,
    FAILED,
    SKIPPED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static FileSourceStatus fromWire(String value) {
        for (FileSourceStatus s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown file source status: " + value);
    }
}
