package dev.framewright.sdk;

import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.ToolType;
import java.util.List;

/**
 * Filters and paging of {@code GET /v1/tools/executions} [ext] (API.md §2.5).
 *
 * @param statuses only executions in one of these statuses; empty = any
 * @param toolTypes only executions of one of these tools; empty = any
 * @param paging the page to read
 */
public record ExecutionListParams(List<ExecutionStatus> statuses, List<ToolType> toolTypes, ListParams paging) {
    /** Every execution, newest first, up to the server's cap. */
    public static final ExecutionListParams ALL = new ExecutionListParams(List.of(), List.of(), ListParams.ALL);

    public ExecutionListParams {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        toolTypes = toolTypes == null ? List.of() : List.copyOf(toolTypes);
        paging = paging == null ? ListParams.ALL : paging;
    }

    /** These parameters with only the given statuses. */
    public ExecutionListParams withStatuses(ExecutionStatus... statuses) {
        return new ExecutionListParams(List.of(statuses), toolTypes, paging);
    }

    /** These parameters with only the given tools. */
    public ExecutionListParams withToolTypes(ToolType... toolTypes) {
        return new ExecutionListParams(statuses, List.of(toolTypes), paging);
    }

    /** These parameters with another page. */
    public ExecutionListParams withPaging(ListParams paging) {
        return new ExecutionListParams(statuses, toolTypes, paging);
    }
}
