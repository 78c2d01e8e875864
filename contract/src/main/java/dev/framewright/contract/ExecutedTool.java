package dev.framewright.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A tool execution as returned by {@code GET /v1/tools/executions/{id}}, the list, SSE and webhooks
 * (API.md §7.1).
 *
 * <p>{@code results} is set only when {@code succeeded} ({@code numResults} entries, in order);
 * {@code error} only when {@code failed}. [ext] fields: {@code progressPercentage} (0–100, always),
 * {@code createdAt} (always), {@code startedAt}, {@code completedAt} (Unix seconds) and {@code
 * inputs} (always: the accepted request body with wire names and defaults filled in).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExecutedTool(
        String toolExecutionId,
        ExecutionStatus status,
        ToolType toolType,
        List<ToolSuccessResult> results,
        ApiError error,
        int progressPercentage,
        Long createdAt,
        Long startedAt,
        Long completedAt,
        Map<String, Object> inputs) {}
