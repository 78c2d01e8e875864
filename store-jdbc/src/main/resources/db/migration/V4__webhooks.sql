-- Webhooks (API.md §5, §9): endpoints, the transactional outbox of messages (one row per event and
-- endpoint, which is also the delivery log) and the attempts of each message.

CREATE TABLE webhook_endpoints (
    id                    TEXT PRIMARY KEY,
    team_id               TEXT NOT NULL REFERENCES teams (id),
    url                   TEXT NOT NULL,
    -- subscribed event names, comma-separated wire names
    events                TEXT NOT NULL,
    description           TEXT,
    status                TEXT NOT NULL,
    disabled_reason       TEXT,
    -- signing secrets are stored sealed (AES-GCM), never in clear
    secret                TEXT NOT NULL,
    secret_last4          TEXT NOT NULL,
    previous_secret       TEXT,
    previous_secret_until BIGINT,
    created_at            BIGINT NOT NULL
);
CREATE INDEX webhook_endpoints_team ON webhook_endpoints (team_id, created_at DESC, id DESC);

-- Written in the same transaction as the state change that causes the event. The body is rendered
-- once, at the first attempt, and reused byte for byte by every retry and replay.
CREATE TABLE webhook_messages (
    id               TEXT PRIMARY KEY,
    webhook_id       TEXT NOT NULL UNIQUE,
    endpoint_id      TEXT NOT NULL,
    team_id          TEXT NOT NULL,
    event            TEXT NOT NULL,
    subject_id       TEXT NOT NULL,
    -- order of this endpoint's messages about one execution or file
    subject_seq      INTEGER NOT NULL,
    occurred_at      BIGINT NOT NULL,
    error_code       TEXT,
    error_message    TEXT,
    body             TEXT,
    status           TEXT NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  BIGINT,
    replay_requested INTEGER NOT NULL,
    lease_owner      TEXT,
    lease_expires_at BIGINT,
    created_at       BIGINT NOT NULL,
    UNIQUE (endpoint_id, subject_id, event)
);
CREATE INDEX webhook_messages_due ON webhook_messages (status, next_attempt_at);
CREATE INDEX webhook_messages_endpoint ON webhook_messages (endpoint_id, created_at DESC, id DESC);
CREATE INDEX webhook_messages_created ON webhook_messages (created_at);

CREATE TABLE webhook_attempts (
    message_id      TEXT    NOT NULL,
    n               INTEGER NOT NULL,
    attempted_at    BIGINT  NOT NULL,
    response_status INTEGER,
    duration_ms     BIGINT  NOT NULL,
    error           TEXT,
    PRIMARY KEY (message_id, n)
);
