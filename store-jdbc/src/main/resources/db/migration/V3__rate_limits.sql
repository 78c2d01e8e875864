-- Rate limits (API.md §1.7): one counter row per API key, group and fixed hourly window, shared by
-- every node on this database; and stored per-team or per-key limit overrides.

CREATE TABLE rate_counters (
    key_id       TEXT NOT NULL,
    grp          TEXT NOT NULL,
    window_start BIGINT NOT NULL,
    hits         INTEGER NOT NULL,
    PRIMARY KEY (key_id, grp, window_start)
);
CREATE INDEX rate_counters_window ON rate_counters (window_start);

-- subject_id is a team id (vg_team_…) or an API key id (vg_key_…); a key's override wins.
CREATE TABLE rate_limit_overrides (
    subject_id    TEXT NOT NULL,
    grp           TEXT NOT NULL,
    request_limit INTEGER NOT NULL,
    PRIMARY KEY (subject_id, grp)
);
