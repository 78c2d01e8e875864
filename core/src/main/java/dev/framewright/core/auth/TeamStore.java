package dev.framewright.core.auth;

import java.util.List;
import java.util.Optional;

/** Persistence of teams. Implementations are thread-safe. */
public interface TeamStore {
    void insert(Team team);

    Optional<Team> find(String teamId);

    Optional<Team> findByName(String name);

    List<Team> list();

    /** Replaces the mutable fields (entitlement, concurrency cap) of an existing team. */
    void update(Team team);
}
