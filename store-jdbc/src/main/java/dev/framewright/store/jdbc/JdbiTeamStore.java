package dev.framewright.store.jdbc;

import dev.framewright.core.auth.Team;
import dev.framewright.core.auth.TeamStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

final class JdbiTeamStore implements TeamStore {
    private final Jdbi jdbi;

    JdbiTeamStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Team t) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO teams (id, name, watermark_free, concurrency_cap, created_at) "
                        + "VALUES (:id, :name, :wf, :cap, :created)")
                .bind("id", t.id())
                .bind("name", t.name())
                .bind("wf", t.watermarkFree() ? 1 : 0)
                .bind("cap", t.concurrencyCap())
                .bind("created", t.createdAt().toEpochMilli())
                .execute());
    }

    @Override
    public Optional<Team> find(String teamId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM teams WHERE id = :id")
                .bind("id", teamId)
                .map(JdbiTeamStore::map)
                .findOne());
    }

    @Override
    public Optional<Team> findByName(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM teams WHERE name = :name")
                .bind("name", name)
                .map(JdbiTeamStore::map)
                .findOne());
    }

    @Override
    public List<Team> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM teams ORDER BY created_at, id")
                .map(JdbiTeamStore::map)
                .list());
    }

    @Override
    public void update(Team t) {
        jdbi.useHandle(
                h -> h.createUpdate("UPDATE teams SET watermark_free = :wf, concurrency_cap = :cap WHERE id = :id")
                        .bind("id", t.id())
                        .bind("wf", t.watermarkFree() ? 1 : 0)
                        .bind("cap", t.concurrencyCap())
                        .execute());
    }

    private static Team map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Team(
                rs.getString("id"),
                rs.getString("name"),
                Rows.flag(rs, "watermark_free"),
                rs.getInt("concurrency_cap"),
                Rows.instant(rs, "created_at"));
    }
}
