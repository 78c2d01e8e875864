package dev.framewright.server.api;

import dev.framewright.contract.MeResponse;
import dev.framewright.core.auth.Principal;
import dev.framewright.server.http.Http;
import dev.framewright.server.http.Json;
import dev.framewright.server.http.RouteTable;

/** {@code GET /v1/me} [ext] (API.md §6). */
public final class AccountRoutes {
    public void register(RouteTable t) {
        t.get("/v1/me", RouteTable.Access.API_KEY, "account", ctx -> {
            Principal p = Http.principal(ctx);
            Json.write(ctx, 200, new MeResponse(p.keyId(), p.teamId(), p.keyName()));
        });
    }
}
