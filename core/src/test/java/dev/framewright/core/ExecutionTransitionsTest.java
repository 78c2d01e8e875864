package dev.framewright.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.contract.ExecutionStatus;
import dev.framewright.core.executions.ExecutionTransitions;
import org.junit.jupiter.api.Test;

class ExecutionTransitionsTest {
    @Test
    void terminalStatesNeverChange() {
        for (ExecutionStatus from : ExecutionStatus.values()) {
            for (ExecutionStatus to : ExecutionStatus.values()) {
                if (from.isTerminal()) {
                    assertThat(ExecutionTransitions.allowed(from, to))
                            .as(from + "→" + to)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void contractMovesAreAllowedAndOthersNamed() {
        assertThat(ExecutionTransitions.allowed(ExecutionStatus.PENDING, ExecutionStatus.RUNNING))
                .isTrue();
        assertThat(ExecutionTransitions.allowed(ExecutionStatus.PENDING, ExecutionStatus.CANCELLED))
                .isTrue();
        assertThat(ExecutionTransitions.allowed(ExecutionStatus.RUNNING, ExecutionStatus.SUCCEEDED))
                .isTrue();
        assertThat(ExecutionTransitions.allowed(ExecutionStatus.PENDING, ExecutionStatus.SUCCEEDED))
                .isFalse();
        assertThatThrownBy(() -> ExecutionTransitions.check(ExecutionStatus.SUCCEEDED, ExecutionStatus.RUNNING))
                .hasMessage("illegal execution transition succeeded → running");
    }
}
