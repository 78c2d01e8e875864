package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.core.auth.ApiKey;
import dev.framewright.core.auth.ApiKeyStore;
import dev.framewright.core.auth.Team;
import org.junit.jupiter.api.Test;

/** The {@link ApiKeyStore} contract. */
interface ApiKeyStoreContract extends StoreUnderTest {
    default ApiKeyStore keys() {
        return storage().keys();
    }

    @Test
    default void insertedKeyIsFoundByHashAndById() {
        ApiKey key = Fixtures.aKey(storedTeam());
        keys().insert(key);

        assertThat(keys().findByHash(key.hash())).contains(key);
        assertThat(keys().find(key.id())).contains(key);
        assertThat(keys().findByHash("0".repeat(64))).isEmpty();
        assertThat(keys().find("vg_key_9999999999999999999999")).isEmpty();
    }

    @Test
    default void keyWithoutNameRoundTrips() {
        Team team = storedTeam();
        ApiKey key = new ApiKey("vg_key_0000000000000000000007", team.id(), null, "f".repeat(64), at(3), null);
        keys().insert(key);

        assertThat(keys().find(key.id())).contains(key);
    }

    @Test
    default void listIsInCreationOrderAcrossTeams() {
        Team a = storedTeam();
        Team b = storedTeam();
        ApiKey second = new ApiKey("vg_key_0000000000000000000001", b.id(), "b", "1".repeat(64), at(2), null);
        ApiKey first = new ApiKey("vg_key_0000000000000000000002", a.id(), "a", "2".repeat(64), at(1), null);
        ApiKey tie = new ApiKey("vg_key_0000000000000000000003", a.id(), "c", "3".repeat(64), at(2), at(3));
        keys().insert(tie);
        keys().insert(second);
        keys().insert(first);

        assertThat(keys().list()).containsExactly(first, second, tie);
    }

    @Test
    default void revokeOnceThenTheKeyStaysFindableAsRevoked() {
        ApiKey key = Fixtures.aKey(storedTeam());
        keys().insert(key);

        assertThat(keys().revoke(key.id(), at(60))).isTrue();
        assertThat(keys().revoke(key.id(), at(120))).isFalse();

        ApiKey revoked = new ApiKey(key.id(), key.teamId(), key.name(), key.hash(), key.createdAt(), at(60));
        assertThat(keys().findByHash(key.hash())).contains(revoked);
        assertThat(keys().find(key.id()).orElseThrow().active()).isFalse();
    }

    @Test
    default void revokingAnUnknownKeyChangesNothing() {
        ApiKey key = Fixtures.aKey(storedTeam());
        keys().insert(key);

        assertThat(keys().revoke("vg_key_9999999999999999999999", at(1))).isFalse();
        assertThat(keys().list()).containsExactly(key);
    }
}
