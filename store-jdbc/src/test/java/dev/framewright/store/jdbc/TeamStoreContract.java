package dev.framewright.store.jdbc;

import static dev.framewright.store.jdbc.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.framewright.core.auth.Team;
import dev.framewright.core.auth.TeamStore;
import org.junit.jupiter.api.Test;

/** The {@link TeamStore} contract. */
interface TeamStoreContract extends StoreUnderTest {
    default TeamStore teams() {
        return storage().teams();
    }

    @Test
    default void insertedTeamIsFoundByIdAndByName() {
        Team team = new Team("vg_team_0000000000000000000042", "Acme – Ünïcode", true, 7, at(12));
        teams().insert(team);

        assertThat(teams().find(team.id())).contains(team);
        assertThat(teams().findByName("Acme – Ünïcode")).contains(team);
        assertThat(teams().find("vg_team_0000000000000000000043")).isEmpty();
        assertThat(teams().findByName("acme – ünïcode")).isEmpty();
    }

    @Test
    default void listIsInCreationOrder() {
        Team later = new Team("vg_team_0000000000000000000001", "later", false, 4, at(10));
        Team earlier = new Team("vg_team_0000000000000000000002", "earlier", false, 4, at(5));
        Team sameTimeHigherId = new Team("vg_team_0000000000000000000003", "same", false, 4, at(10));
        teams().insert(later);
        teams().insert(sameTimeHigherId);
        teams().insert(earlier);

        assertThat(teams().list()).containsExactly(earlier, later, sameTimeHigherId);
    }

    @Test
    default void updateReplacesEntitlementAndCapOnly() {
        Team team = Fixtures.aTeam(2);
        teams().insert(team);

        teams().update(new Team(team.id(), "renamed", true, 9, at(999)));

        assertThat(teams().find(team.id())).contains(new Team(team.id(), team.name(), true, 9, team.createdAt()));
    }

    @Test
    default void emptyStoreListsNothing() {
        assertThat(teams().list()).isEmpty();
        assertThat(teams().findByName(Team.DEFAULT_TEAM_NAME)).isEmpty();
    }
}
