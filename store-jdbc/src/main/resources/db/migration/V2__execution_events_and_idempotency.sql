-- Stored execution events: the SSE stream of an execution is read from here, never from memory.
CREATE TABLE execution_events (
    execution_id TEXT    NOT NULL,
    seq          INTEGER NOT NULL,
    event        TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    progress     INTEGER NOT NULL,
    created_at   BIGINT  NOT NULL,
    PRIMARY KEY (execution_id, seq)
);
CREATE INDEX execution_events_created ON execution_events (created_at);

-- Idempotency-Key records (API.md §1.8): scope (team, method, path, key); in flight until the
-- response of the request that created something is recorded in the same transaction.
CREATE TABLE idempotency_keys (
    team_id         TEXT    NOT NULL,
    method          TEXT    NOT NULL,
    path            TEXT    NOT NULL,
    idem_key        TEXT    NOT NULL,
    fingerprint     TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    response_status INTEGER,
    response_body   TEXT,
    created_at      BIGINT  NOT NULL,
    PRIMARY KEY (team_id, method, path, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- 1 while the execution waits for a worker (pending, or running without an owner after its worker
-- died); the claim reads the queue through this index instead of scanning statuses
ALTER TABLE executions ADD COLUMN waiting INTEGER NOT NULL DEFAULT 0;
CREATE INDEX executions_waiting ON executions (waiting, created_at, id);
CREATE INDEX executions_team_running ON executions (team_id, status, lease_owner);
