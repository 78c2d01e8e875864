-- Scale mode (docs/scale-out.md): every node writes a heartbeat row here (shown by /readyz), and
-- secrets that all nodes must share (the key of the server's own signed URLs) live here on
-- PostgreSQL, created once by whichever node starts first.

CREATE TABLE nodes (
    id           TEXT PRIMARY KEY,
    role         TEXT NOT NULL,
    version      TEXT NOT NULL,
    workers      INTEGER NOT NULL,
    started_at   BIGINT NOT NULL,
    heartbeat_at BIGINT NOT NULL
);
CREATE INDEX nodes_heartbeat ON nodes (heartbeat_at);

CREATE TABLE shared_secrets (
    name       TEXT PRIMARY KEY,
    secret     TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
