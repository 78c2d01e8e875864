package dev.framewright.server.config;

/**
 * One documented setting: its config-file key, environment variable and flag, default, allowed
 * range, whether it is secret (masked when printed) and what it does. {@link Settings#ALL} is the one
 * list that the documentation test compares with docs/configuration.md.
 */
public record Setting(String key, String defaultValue, String range, boolean secret, String effect) {
    /** {@code FRAMEWRIGHT_} + the key in upper snake case, e.g. {@code FRAMEWRIGHT_PUBLIC_BASE_URL}. */
    public String env() {
        return "FRAMEWRIGHT_" + key.replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }

    /** The command-line flag, e.g. {@code --public-base-url}. */
    public String flag() {
        return "--" + key;
    }
}
