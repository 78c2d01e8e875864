-- One schema for SQLite and PostgreSQL: portable types only (TEXT, INTEGER, BIGINT, DOUBLE PRECISION).
-- Flags are INTEGER 0/1; times are BIGINT Unix epoch milliseconds.

CREATE TABLE teams (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    watermark_free  INTEGER NOT NULL,
    concurrency_cap INTEGER NOT NULL,
    created_at      BIGINT NOT NULL
);

CREATE TABLE api_keys (
    id         TEXT PRIMARY KEY,
    team_id    TEXT NOT NULL REFERENCES teams (id),
    name       TEXT,
    hash       TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE TABLE files (
    id                       TEXT PRIMARY KEY,
    team_id                  TEXT NOT NULL REFERENCES teams (id),
    created_by_key_id        TEXT,
    scope                    TEXT NOT NULL,
    type                     TEXT,
    display_name             TEXT NOT NULL,
    content_type             TEXT,
    sha256                   TEXT,
    bytes                    BIGINT,
    width                    INTEGER,
    height                   INTEGER,
    duration_seconds         DOUBLE PRECISION,
    renditions               TEXT NOT NULL,
    upload_state             TEXT NOT NULL,
    upload_expires_at        BIGINT,
    error_message            TEXT,
    description              TEXT,
    transcript               TEXT,
    archived_at              BIGINT,
    public_playback_id       TEXT UNIQUE,
    source_tool_type         TEXT,
    source_tool_execution_id TEXT,
    created_at               BIGINT NOT NULL,
    updated_at               BIGINT NOT NULL
);
CREATE INDEX files_team_updated ON files (team_id, updated_at DESC, id DESC);
CREATE INDEX files_upload_state ON files (upload_state, upload_expires_at);

CREATE TABLE executions (
    id               TEXT PRIMARY KEY,
    team_id          TEXT NOT NULL REFERENCES teams (id),
    key_id           TEXT,
    tool_type        TEXT NOT NULL,
    status           TEXT NOT NULL,
    input_json       TEXT NOT NULL,
    num_results      INTEGER NOT NULL,
    output_temporary INTEGER NOT NULL,
    watermark        INTEGER NOT NULL,
    progress         INTEGER NOT NULL,
    attempt          INTEGER NOT NULL,
    lease_owner      TEXT,
    lease_expires_at BIGINT,
    cancel_requested INTEGER NOT NULL,
    error_code       TEXT,
    error_message    TEXT,
    result_file_ids  TEXT,
    created_at       BIGINT NOT NULL,
    started_at       BIGINT,
    completed_at     BIGINT
);
CREATE INDEX executions_queue ON executions (status, created_at, id);
CREATE INDEX executions_team_created ON executions (team_id, created_at DESC, id DESC);
CREATE INDEX executions_lease ON executions (status, lease_expires_at);
