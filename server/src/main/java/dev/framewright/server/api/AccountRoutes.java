package dev.framewright.server.api;

import dev.framewright.contract.MeResponse;
import dev.framewright.core.auth.Principal;
import dev.framewright.core.auth.Team;
import dev.framewright.core.auth.TeamStore;
import dev.framewright.server.http.Http;
import dev.framewright.server.http.Json;
import dev.framewright.server.http.RouteTable;

/** {@code GET /v1/me} [ext] (API.md §6), with the team's name beside its id. */
public final class AccountRoutes {
    private final TeamStore teams;

    public AccountRoutes(TeamStore teams) {
        this.teams = teams;
    }

    public void register(RouteTable t) {
        t.get("/v1/me", RouteTable.Access.API_KEY, "account", ctx -> {
            Principal p = Http.principal(ctx);
            String teamName = teams.find(p.teamId()).map(Team::name).orElse(null);
            Json.write(ctx, 200, new MeResponse(p.keyId(), p.teamId(), p.keyName(), teamName));
        });
    }
}
