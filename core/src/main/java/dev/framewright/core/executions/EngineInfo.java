package dev.framewright.core.executions;

import java.util.Map;

/**
 * What serves a capability and whether it can run (API.md §7.9 EngineStatus).
 *
 * @param reason why it is unavailable, null when available
 */
public record EngineInfo(
        String engine, String version, String license, boolean available, String reason, Map<String, String> details) {
    public EngineInfo {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static EngineInfo available(String engine, String version, String license, Map<String, String> details) {
        return new EngineInfo(engine, version, license, true, null, details);
    }

    public static EngineInfo unavailable(String engine, String version, String license, String reason) {
        return new EngineInfo(engine, version, license, false, reason, Map.of());
    }
}
