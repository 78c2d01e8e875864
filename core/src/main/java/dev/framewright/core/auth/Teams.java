package dev.framewright.core.auth;

import dev.framewright.contract.IdPrefix;
import dev.framewright.core.Ids;
import java.time.Clock;
import java.util.Optional;

/** Creates teams and makes sure the default team exists. */
public final class Teams {
    private final TeamStore teams;
    private final Clock clock;

    public Teams(TeamStore teams, Clock clock) {
        this.teams = teams;
        this.clock = clock;
    }

    public Team create(String name, boolean watermarkFree, int concurrencyCap) {
        if (teams.findByName(name).isPresent()) {
            throw new IllegalArgumentException("a team named '" + name + "' already exists");
        }
        Team team = new Team(Ids.newId(IdPrefix.TEAM), name, watermarkFree, concurrencyCap, clock.instant());
        teams.insert(team);
        return team;
    }

    /** The team named {@value Team#DEFAULT_TEAM_NAME}, created on first use. */
    public Team ensureDefault(int concurrencyCap) {
        Optional<Team> existing = teams.findByName(Team.DEFAULT_TEAM_NAME);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return create(Team.DEFAULT_TEAM_NAME, true, concurrencyCap);
        } catch (RuntimeException e) {
            // nodes starting together on one database: another node created it first (unique name)
            return teams.findByName(Team.DEFAULT_TEAM_NAME).orElseThrow(() -> e);
        }
    }
}
