package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * [ext] {@code GET /v1/tools/executions}: the team's executions, newest first (API.md §2.5, §1.9).
 * Each {@code results[].file} is {@code null}; {@code nextCursor} is {@code null} when there is
 * nothing more.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExecutionList(List<ExecutedTool> executions, boolean hasMore, String nextCursor) {}
