package dev.framewright.server.config;

/** An invalid setting: the message names the setting, its sources and the allowed range. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
