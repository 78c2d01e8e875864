package dev.framewright.sdk.internal;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads Server-Sent Events (the WHATWG event-stream format) from a stream of lines: {@code id},
 * {@code event}, {@code data} (multi-line data joined with {@code \n}) and {@code retry} fields;
 * comments and unknown fields are skipped. Not part of the public API; not thread-safe.
 */
public final class SseParser {
    /**
     * One dispatched event.
     *
     * @param id the last event id seen so far on this stream (ids persist across events)
     * @param type the event type, {@code message} when none was given
     * @param data the data lines joined with {@code \n}
     * @param retryMillis the reconnection time the server asked for, or -1
     */
    public record Event(String id, String type, String data, long retryMillis) {}

    private final BufferedReader reader;
    private String lastId;
    private long retryMillis = -1;

    public SseParser(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next event with data, or {@code null} at the end of the stream. */
    public Event next() throws IOException {
        String type = null;
        StringBuilder data = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return new Event(lastId, type == null ? "message" : type, data.toString(), retryMillis);
                }
                type = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event":
                    type = value;
                    break;
                case "data":
                    data = data == null
                            ? new StringBuilder(value)
                            : data.append('\n').append(value);
                    break;
                case "id":
                    if (!value.contains("\0")) {
                        lastId = value;
                    }
                    break;
                case "retry":
                    if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
                        retryMillis = Long.parseLong(value);
                    }
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    /** The reconnection time the server asked for so far, or -1. */
    public long retryMillis() {
        return retryMillis;
    }
}
