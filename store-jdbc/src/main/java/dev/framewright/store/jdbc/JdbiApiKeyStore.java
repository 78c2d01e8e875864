package dev.framewright.store.jdbc;

import dev.framewright.core.auth.ApiKey;
import dev.framewright.core.auth.ApiKeyStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

final class JdbiApiKeyStore implements ApiKeyStore {
    private final Jdbi jdbi;

    JdbiApiKeyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(ApiKey k) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO api_keys (id, team_id, name, hash, created_at, revoked_at) "
                        + "VALUES (:id, :team, :name, :hash, :created, :revoked)")
                .bind("id", k.id())
                .bind("team", k.teamId())
                .bind("name", k.name())
                .bind("hash", k.hash())
                .bind("created", k.createdAt().toEpochMilli())
                .bind("revoked", Rows.millis(k.revokedAt()))
                .execute());
    }

    @Override
    public Optional<ApiKey> findByHash(String hash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_keys WHERE hash = :hash")
                .bind("hash", hash)
                .map(JdbiApiKeyStore::map)
                .findOne());
    }

    @Override
    public Optional<ApiKey> find(String keyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_keys WHERE id = :id")
                .bind("id", keyId)
                .map(JdbiApiKeyStore::map)
                .findOne());
    }

    @Override
    public List<ApiKey> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_keys ORDER BY created_at, id")
                .map(JdbiApiKeyStore::map)
                .list());
    }

    @Override
    public boolean revoke(String keyId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate(
                                "UPDATE api_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                        .bind("id", keyId)
                        .bind("at", at.toEpochMilli())
                        .execute())
                == 1;
    }

    private static ApiKey map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ApiKey(
                rs.getString("id"),
                rs.getString("team_id"),
                rs.getString("name"),
                rs.getString("hash"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "revoked_at"));
    }
}
