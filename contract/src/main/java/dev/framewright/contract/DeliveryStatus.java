package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * [ext] Status of a webhook delivery (API.md §7.7). {@code failed}: attempts exhausted, or the
 * endpoint was disabled. Serialized lowercase.
 */
public enum DeliveryStatus {
    PENDING,
    SUCCEEDED,
    FAILED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DeliveryStatus fromWire(String value) {
        for (DeliveryStatus s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown delivery status: " + value);
    }
}
