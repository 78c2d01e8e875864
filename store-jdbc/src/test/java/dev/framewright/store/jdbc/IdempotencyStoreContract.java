package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framewright.core.auth.Team;
import dev.framewright.core.idempotency.IdempotencyCompletion;
import dev.framewright.core.idempotency.IdempotencyRecord;
import dev.framewright.core.idempotency.IdempotencyScope;
import dev.framewright.core.idempotency.IdempotencyStore;
import org.junit.jupiter.api.Test;

/** Idempotency-Key records: one per scope, completed in the creating transaction, released on failure. */
interface IdempotencyStoreContract extends StoreUnderTest {
    private IdempotencyStore keys() {
        return storage().idempotency();
    }

    @Test
    default void beginOncePerScopeThenCompleteWithTheExecution() {
        Team team = storedTeam();
        IdempotencyScope scope = new IdempotencyScope(team.id(), "POST", "/v1/tools/upscale-image", "k1");
        assertThat(keys().begin(scope, "fp", at(1))).isTrue();
        assertThat(keys().begin(scope, "fp", at(2))).isFalse();
        assertThat(keys().begin(new IdempotencyScope(team.id(), "POST", "/v1/files/upload", "k1"), "fp", at(2)))
                .isTrue();
        assertThat(keys().find(scope)).contains(new IdempotencyRecord(scope, "fp", false, null, null, at(1)));

        var e = Fixtures.anExecution(team).build();
        executions().insert(e, new IdempotencyCompletion(scope, 202, "{\"toolExecutionId\":\"" + e.id() + "\"}"));
        IdempotencyRecord done = keys().find(scope).orElseThrow();
        assertThat(done.done()).isTrue();
        assertThat(done.responseStatus()).isEqualTo(202);
        assertThat(done.responseBody()).contains(e.id());
    }

    @Test
    default void aLostKeyRollsTheCreationBack() {
        Team team = storedTeam();
        IdempotencyScope scope = new IdempotencyScope(team.id(), "POST", "/v1/tools/upscale-image", "gone");
        var e = Fixtures.anExecution(team).build();
        assertThatThrownBy(() -> executions().insert(e, new IdempotencyCompletion(scope, 202, "{}")))
                .isInstanceOf(RuntimeException.class);
        assertThat(executions().findById(e.id())).isEmpty();
    }

    @Test
    default void releaseTakeOverAndPurge() {
        Team team = storedTeam();
        IdempotencyScope scope = new IdempotencyScope(team.id(), "POST", "/v1/files/upload", "k2");
        keys().begin(scope, "fp1", at(1));
        keys().release(scope);
        assertThat(keys().find(scope)).isEmpty();

        keys().begin(scope, "fp1", at(2));
        IdempotencyRecord stale = keys().find(scope).orElseThrow();
        assertThat(keys().takeOver(scope, stale, "fp2", at(100))).isTrue();
        assertThat(keys().takeOver(scope, stale, "fp3", at(101))).isFalse();
        assertThat(keys().find(scope).orElseThrow().fingerprint()).isEqualTo("fp2");

        assertThat(keys().purgeCreatedBefore(at(100))).isZero();
        assertThat(keys().purgeCreatedBefore(at(101))).isEqualTo(1);
        assertThat(keys().find(scope)).isEmpty();
    }
}
