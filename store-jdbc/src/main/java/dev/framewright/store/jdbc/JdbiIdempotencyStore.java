package dev.framewright.store.jdbc;

import dev.framewright.core.idempotency.IdempotencyCompletion;
import dev.framewright.core.idempotency.IdempotencyRecord;
import dev.framewright.core.idempotency.IdempotencyScope;
import dev.framewright.core.idempotency.IdempotencyStore;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

final class JdbiIdempotencyStore implements IdempotencyStore {
    private static final String SCOPE = " team_id = :team AND method = :method AND path = :path AND idem_key = :key";

    private final Jdbi jdbi;

    JdbiIdempotencyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<IdempotencyRecord> find(IdempotencyScope scope) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT * FROM idempotency_keys WHERE" + SCOPE), scope)
                .map((rs, ctx) -> new IdempotencyRecord(
                        scope,
                        rs.getString("fingerprint"),
                        rs.getString("state").equals("done"),
                        Rows.integer(rs, "response_status"),
                        rs.getString("response_body"),
                        Rows.instant(rs, "created_at")))
                .findOne());
    }

    @Override
    public boolean begin(IdempotencyScope scope, String fingerprint, Instant now) {
        return jdbi.withHandle(h -> bind(
                                h.createUpdate("INSERT INTO idempotency_keys (team_id, method, path, "
                                        + "idem_key, fingerprint, state, created_at) VALUES (:team, :method, :path, "
                                        + ":key, :fp, 'in_flight', :now) ON CONFLICT DO NOTHING"),
                                scope)
                        .bind("fp", fingerprint)
                        .bind("now", now.toEpochMilli())
                        .execute())
                == 1;
    }

    @Override
    public boolean takeOver(IdempotencyScope scope, IdempotencyRecord stale, String fingerprint, Instant now) {
        return jdbi.withHandle(h -> bind(
                                h.createUpdate("UPDATE idempotency_keys SET fingerprint = :fp, "
                                        + "state = 'in_flight', response_status = NULL, response_body = NULL, "
                                        + "created_at = :now WHERE" + SCOPE + " AND created_at = :was"),
                                scope)
                        .bind("fp", fingerprint)
                        .bind("now", now.toEpochMilli())
                        .bind("was", stale.createdAt().toEpochMilli())
                        .execute())
                == 1;
    }

    @Override
    public void release(IdempotencyScope scope) {
        jdbi.useHandle(h -> bind(
                        h.createUpdate("DELETE FROM idempotency_keys WHERE" + SCOPE + " AND state = 'in_flight'"),
                        scope)
                .execute());
    }

    @Override
    public int purgeCreatedBefore(Instant before) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM idempotency_keys WHERE created_at < :t")
                .bind("t", before.toEpochMilli())
                .execute());
    }

    /** Records the response inside the caller's transaction; fails the transaction if the key was lost. */
    static void complete(Handle h, IdempotencyCompletion c) {
        int n = bind(
                        h.createUpdate("UPDATE idempotency_keys SET state = 'done', response_status = :status, "
                                + "response_body = :body WHERE" + SCOPE + " AND state = 'in_flight'"),
                        c.scope())
                .bind("status", c.status())
                .bind("body", c.body())
                .execute();
        if (n != 1) {
            throw new IllegalStateException("idempotency key no longer in flight");
        }
    }

    private static <S extends SqlStatement<S>> S bind(S s, IdempotencyScope scope) {
        return s.bind("team", scope.teamId())
                .bind("method", scope.method())
                .bind("path", scope.path())
                .bind("key", scope.key());
    }
}
