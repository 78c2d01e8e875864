package dev.framewright.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewright.core.idempotency.Idempotency;
import dev.framewright.core.idempotency.IdempotencyCompletion;
import dev.framewright.core.idempotency.IdempotencyScope;
import dev.framewright.server.http.Http;
import dev.framewright.server.http.Json;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a creating request under its Idempotency-Key (API.md §1.8): replays a recorded response,
 * refuses a reused or in-flight key, and otherwise lets the store record the 2xx response in the
 * same transaction as what it creates; any failure releases the key.
 */
final class IdempotentCreate {
    static final String HEADER = "Idempotency-Key";

    private final Idempotency idempotency;

    IdempotentCreate(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    /** The creating action: given the completion to record (or null without a key), returns the response body. */
    interface Action {
        Object run(Function<Object, IdempotencyCompletion> completion);
    }

    void run(Context ctx, ObjectNode body, int status, Action action) {
        Optional<Idempotency.Decision> decision = idempotency.begin(
                Http.principal(ctx).teamId(), ctx.method().name(), ctx.path(), ctx.header(HEADER), body);
        if (decision.isPresent() && decision.get() instanceof Idempotency.Replay replay) {
            ctx.header("Idempotent-Replayed", "true");
            ctx.status(replay.status()).contentType("application/json").result(replay.body());
            return;
        }
        IdempotencyScope scope =
                decision.map(d -> ((Idempotency.Proceed) d).scope()).orElse(null);
        try {
            Object response = action.run(scope == null ? null : r -> new IdempotencyCompletion(scope, status, json(r)));
            Json.write(ctx, status, response);
        } catch (RuntimeException e) {
            if (scope != null) {
                idempotency.release(scope);
            }
            throw e;
        }
    }

    private static String json(Object o) {
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
