package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * [ext] Which engine serves one capability, and whether it can run now (API.md §7.9). {@code engine}
 * is {@code null} when none is configured; {@code reason} says why it is unavailable (e.g. {@code
 * "model file missing"}); {@code details} is an engine-specific string map.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EngineStatus(
        EngineCapability capability,
        String engine,
        String version,
        boolean available,
        String reason,
        Map<String, String> details) {}
