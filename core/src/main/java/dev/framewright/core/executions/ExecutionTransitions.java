package dev.framewright.core.executions;

import dev.framewright.contract.ExecutionStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The execution state machine (API.md §10.1): one transition table. Stores consult it so that an
 * illegal move fails loudly with from and to; terminal states never change.
 */
public final class ExecutionTransitions {
    private static final Map<ExecutionStatus, Set<ExecutionStatus>> ALLOWED = Map.of(
            ExecutionStatus.PENDING,
                    EnumSet.of(ExecutionStatus.RUNNING, ExecutionStatus.CANCELLED, ExecutionStatus.FAILED),
            // running → pending: lease expired, re-run transparently with the next attempt
            ExecutionStatus.RUNNING,
                    EnumSet.of(
                            ExecutionStatus.PENDING,
                            ExecutionStatus.SUCCEEDED,
                            ExecutionStatus.FAILED,
                            ExecutionStatus.CANCELLED),
            ExecutionStatus.SUCCEEDED, EnumSet.noneOf(ExecutionStatus.class),
            ExecutionStatus.FAILED, EnumSet.noneOf(ExecutionStatus.class),
            ExecutionStatus.CANCELLED, EnumSet.noneOf(ExecutionStatus.class));

    private ExecutionTransitions() {}

    public static boolean allowed(ExecutionStatus from, ExecutionStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** @throws IllegalStateException naming from and to when the move is illegal */
    public static void check(ExecutionStatus from, ExecutionStatus to) {
        if (!allowed(from, to)) {
            throw new IllegalStateException("illegal execution transition " + from.wire() + " → " + to.wire());
        }
    }
}
