package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The nine webhook events (API.md §8, §9.1). */
public enum WebhookEventName {
    TOOL_EXECUTION_SUCCEEDED("tool_execution.succeeded"),
    TOOL_EXECUTION_FAILED("tool_execution.failed"),
    TOOL_EXECUTION_CANCELLED("tool_execution.cancelled"),
    FILE_UPLOAD_COMPLETED("file.upload.completed"),
    FILE_UPLOAD_FAILED("file.upload.failed"),
    FILE_DOWNLOAD_READY("file.download_ready"),
    FILE_PLAYBACK_READY("file.playback_ready"),
    FILE_ANALYSIS_COMPLETED("file.analysis_completed"),
    FILE_ANALYSIS_FAILED("file.analysis_failed");

    private final String wire;

    WebhookEventName(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    @JsonCreator
    public static WebhookEventName fromWire(String value) {
        for (WebhookEventName e : values()) {
            if (e.wire.equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown webhook event: " + value);
    }
}
