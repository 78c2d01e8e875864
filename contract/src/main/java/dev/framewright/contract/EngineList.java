package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * [ext] {@code GET /v1/resources/engines}: one entry per {@link EngineCapability}, in its order
 * (API.md §4.3). {@code hasMore} is false and {@code nextCursor} {@code null}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EngineList(List<EngineStatus> engines, boolean hasMore, String nextCursor) {}
