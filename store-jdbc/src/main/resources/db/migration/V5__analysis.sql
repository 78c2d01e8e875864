-- File analysis (API.md §10.6): one row per GLOBAL file that is, was or will be analysed. The row is
-- the queue entry (claimed with a lease, like executions) and holds the search embedding. Rows are
-- written in the transaction that makes a GLOBAL file ready (upload processed, or tool output inserted
-- with its execution's success); TEMPORARY files never get one.
--
-- state: waiting (claimable once not_before has passed), running (lease_owner holds it until
-- lease_expires_at), completed, failed.
-- embedding: the unit vector as base64 of little-endian float32 (portable TEXT on SQLite and
-- PostgreSQL); NULL when no embedding engine could run. embedding_model names its vector space.
CREATE TABLE file_analysis (
    file_id          TEXT PRIMARY KEY REFERENCES files (id) ON DELETE CASCADE,
    team_id          TEXT NOT NULL,
    state            TEXT NOT NULL,
    attempt          INTEGER NOT NULL,
    not_before       BIGINT NOT NULL,
    lease_owner      TEXT,
    lease_expires_at BIGINT,
    error_message    TEXT,
    embedding        TEXT,
    embedding_model  TEXT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX file_analysis_queue ON file_analysis (state, not_before, file_id);
CREATE INDEX file_analysis_lease ON file_analysis (state, lease_expires_at);
CREATE INDEX file_analysis_team ON file_analysis (team_id, state);

-- files that were ready before analysis existed are analysed once too
INSERT INTO file_analysis (file_id, team_id, state, attempt, not_before, created_at, updated_at)
SELECT id, team_id, 'waiting', 0, updated_at, updated_at, updated_at
FROM files
WHERE scope = 'GLOBAL' AND upload_state = 'READY' AND description IS NULL;
