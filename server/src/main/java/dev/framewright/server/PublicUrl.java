package dev.framewright.server;

import java.util.function.Supplier;

/** The public base URL, known once the port is bound. */
final class PublicUrl implements Supplier<String> {
    private volatile String value = "http://127.0.0.1";

    void set(String v) {
        value = v;
    }

    @Override
    public String get() {
        return value;
    }
}
