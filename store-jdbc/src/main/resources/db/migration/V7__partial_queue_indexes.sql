-- The queue's indexes cover only the rows their queries look at (partial indexes, SQLite and
-- PostgreSQL alike): a status change then touches fewer index pages, which the execution-queue
-- benchmark measures (docs/benchmarks.md). executions_queue had no reader since the claim moved to
-- the waiting flag (V2).
DROP INDEX executions_queue;
DROP INDEX executions_lease;
DROP INDEX executions_waiting;
DROP INDEX executions_team_running;
-- the claim: the oldest waiting execution
CREATE INDEX executions_waiting ON executions (created_at, id) WHERE waiting = 1;
-- the claim's per-team cap, and the reaper: running executions whose worker holds a lease
CREATE INDEX executions_running ON executions (team_id) WHERE status = 'running' AND lease_owner IS NOT NULL;
CREATE INDEX executions_leases ON executions (lease_expires_at) WHERE status = 'running' AND lease_owner IS NOT NULL;
