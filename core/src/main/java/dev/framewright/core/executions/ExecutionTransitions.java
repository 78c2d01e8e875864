package dev.framewright.core.executions;

import dev.framewright.contract.ExecutionStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The execution state machine (API.md §10.1): one transition table. The store's compare-and-set
 * SQL implements exactly these moves (its contract tests check them); terminal states never change.
 */
public final class ExecutionTransitions {
    private static final Map<ExecutionStatus, Set<ExecutionStatus>> ALLOWED = Map.of(
            ExecutionStatus.PENDING,
                    EnumSet.of(ExecutionStatus.RUNNING, ExecutionStatus.CANCELLED, ExecutionStatus.FAILED),
            // a lost lease does not go back to pending: the execution stays running, without an
            // owner, until another worker claims the next attempt (API.md §10.1)
            ExecutionStatus.RUNNING,
                    EnumSet.of(ExecutionStatus.SUCCEEDED, ExecutionStatus.FAILED, ExecutionStatus.CANCELLED),
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
