package dev.framewright.server.http;

import dev.framewright.contract.ErrorCode;
import dev.framewright.core.ApiException;
import dev.framewright.core.ratelimits.RateDecision;
import dev.framewright.core.ratelimits.RateGroup;
import dev.framewright.core.ratelimits.RateLimiter;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.HashMap;
import java.util.Map;

/**
 * The rate-limit step of the request pipeline (API.md §1.7): it runs once a route has matched (after
 * authentication and routing, before the handler parses anything), counts the request in its route's
 * group, and writes the rate-limit headers, which then stay on the response whatever the handler
 * answers. A full window answers 429 {@code rate_limited} with {@code Retry-After}.
 */
final class RateLimiting {
    private final Map<String, RateGroup> groups = new HashMap<>();
    private final RateLimiter limiter;

    /** @throws IllegalArgumentException when a route declares a group API.md does not have */
    RateLimiting(RouteTable table, RateLimiter limiter) {
        this.limiter = limiter;
        for (RouteTable.Route r : table.routes()) {
            if (r.access() == RouteTable.Access.API_KEY && r.rateGroup() != null) {
                groups.put(key(r.method(), r.path()), RateGroup.of(r.rateGroup()));
            }
        }
    }

    void apply(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        RateGroup group = matched == null ? null : groups.get(key(matched.method, matched.path));
        if (group == null) {
            return;
        }
        RateDecision d = limiter.acquire(Http.principal(ctx), group);
        String policy = "\"" + group.policyName() + "\"";
        ctx.header("X-RateLimit-Limit", String.valueOf(d.limit()));
        ctx.header("X-RateLimit-Remaining", String.valueOf(d.remaining()));
        ctx.header("X-RateLimit-Reset", String.valueOf(d.resetEpochSecond()));
        ctx.header("RateLimit-Policy", policy + ";q=" + d.limit() + ";w=3600");
        ctx.header("RateLimit", policy + ";r=" + d.remaining() + ";t=" + d.secondsToReset());
        if (!d.allowed()) {
            ctx.header("Retry-After", String.valueOf(d.secondsToReset()));
            throw new ApiException(
                    ErrorCode.RATE_LIMITED,
                    "Rate limit of " + d.limit() + " requests per hour for " + group.policyName()
                            + " reached; retry in " + d.secondsToReset() + " s");
        }
    }

    private static String key(HandlerType method, String path) {
        return method.name() + " " + path;
    }
}
