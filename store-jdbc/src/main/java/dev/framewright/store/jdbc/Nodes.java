package dev.framewright.store.jdbc;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The nodes table (scale mode, docs/scale-out.md): each node upserts its own row on a timer, so any
 * node can tell which others are alive; {@code /readyz} shows the list. Thread-safe.
 */
public final class Nodes {
    /** One node's row; {@code heartbeatAt} is the time of its last heartbeat. */
    public record Node(String id, String role, String version, int workers, Instant startedAt, Instant heartbeatAt) {}

    private final Jdbi jdbi;

    Nodes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Writes (or refreshes) the node's row. */
    public void heartbeat(Node n) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO nodes (id, role, version, workers, started_at, heartbeat_at) "
                        + "VALUES (:id, :role, :version, :workers, :started, :beat) ON CONFLICT (id) DO UPDATE SET "
                        + "role = :role, version = :version, workers = :workers, started_at = :started, "
                        + "heartbeat_at = :beat")
                .bind("id", n.id())
                .bind("role", n.role())
                .bind("version", n.version())
                .bind("workers", n.workers())
                .bind("started", n.startedAt().toEpochMilli())
                .bind("beat", n.heartbeatAt().toEpochMilli())
                .execute());
    }

    /** Every node with a heartbeat at or after {@code since}, by id. */
    public List<Node> since(Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM nodes WHERE heartbeat_at >= :since ORDER BY id")
                .bind("since", since.toEpochMilli())
                .map((rs, ctx) -> new Node(
                        rs.getString("id"),
                        rs.getString("role"),
                        rs.getString("version"),
                        rs.getInt("workers"),
                        Instant.ofEpochMilli(rs.getLong("started_at")),
                        Instant.ofEpochMilli(rs.getLong("heartbeat_at"))))
                .list());
    }

    /** Removes a node's row (at a clean stop). */
    public void remove(String id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM nodes WHERE id = :id")
                .bind("id", id)
                .execute());
    }

    /** Removes the rows of nodes silent since before {@code cutoff}; returns how many. */
    public int forgetSilentBefore(Instant cutoff) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM nodes WHERE heartbeat_at < :cutoff")
                .bind("cutoff", cutoff.toEpochMilli())
                .execute());
    }
}
