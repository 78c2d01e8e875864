package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * [ext] Why a delivery attempt got no usable response (API.md §7.7, §9.4, §9.5). An attempt that got
 * a non-2xx response has {@code error: null} and its {@code responseStatus}. Serialized snake_case.
 */
public enum DeliveryAttemptError {
    /** No complete response within the delivery timeout (15 s). */
    TIMEOUT,
    /** The connection could not be made or broke (refused, reset, TLS failure). */
    CONNECTION_REFUSED,
    /** The receiver answered 3xx; redirects are not followed. */
    REDIRECT_NOT_FOLLOWED,
    /** The host resolved to an address the SSRF guard refuses. */
    DESTINATION_NOT_ALLOWED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static DeliveryAttemptError fromWire(String value) {
        for (DeliveryAttemptError e : values()) {
            if (e.wire().equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown delivery attempt error: " + value);
    }
}
