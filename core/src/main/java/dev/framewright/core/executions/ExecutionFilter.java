package dev.framewright.core.executions;

import dev.framewright.contract.ExecutionStatus;
import dev.framewright.contract.ToolType;
import dev.framewright.core.ApiException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Filters of {@code GET /v1/tools/executions} (API.md §2.5): one value or a comma-separated list
 * each; empty sets mean no filter.
 */
public record ExecutionFilter(Set<ExecutionStatus> statuses, Set<ToolType> toolTypes) {
    public static final ExecutionFilter NONE = new ExecutionFilter(Set.of(), Set.of());

    public ExecutionFilter {
        statuses = Set.copyOf(statuses);
        toolTypes = Set.copyOf(toolTypes);
    }

    /** @throws ApiException {@code invalid_parameters} naming an unknown value */
    public static ExecutionFilter parse(String status, String toolType) {
        Set<ExecutionStatus> statuses = EnumSet.noneOf(ExecutionStatus.class);
        if (status != null && !status.isBlank()) {
            for (String v : status.split(",")) {
                try {
                    statuses.add(ExecutionStatus.fromWire(v.trim()));
                } catch (IllegalArgumentException e) {
                    throw ApiException.invalid("status: unknown value '" + v.trim() + "'");
                }
            }
        }
        Set<ToolType> types = EnumSet.noneOf(ToolType.class);
        if (toolType != null && !toolType.isBlank()) {
            for (String v : toolType.split(",")) {
                try {
                    types.add(ToolType.valueOf(v.trim()));
                } catch (IllegalArgumentException e) {
                    throw ApiException.invalid("toolType: unknown value '" + v.trim() + "'");
                }
            }
        }
        return new ExecutionFilter(statuses, types);
    }

    /** A canonical text of the filter, bound into cursors so a cursor cannot change filters. */
    public String canonical() {
        return statuses.stream().map(ExecutionStatus::wire).sorted().collect(Collectors.joining(",")) + ";"
                + toolTypes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
