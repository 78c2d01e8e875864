package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** [ext] Status of a webhook endpoint (API.md §7.6, §9.4). Serialized lowercase. */
public enum WebhookEndpointStatus {
    ACTIVE,
    /** The receiver answered 410 Gone; nothing more is sent. */
    DISABLED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static WebhookEndpointStatus fromWire(String value) {
        for (WebhookEndpointStatus s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown webhook endpoint status: " + value);
    }
}
