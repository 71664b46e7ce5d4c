-- The token a run's process authenticates with (POLYAXON_AUTH_TOKEN, .authtoken), stored as
-- the SHA-256 digest of the random token. One per run: a new launch replaces it. It is valid
-- only while its run is unfinished, which authentication checks against runs.status, so a run
-- that reaches a final status takes its token's validity with it in the same transaction.
CREATE TABLE run_tokens (
    run_id     BIGINT      PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    token_hash TEXT        NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL
);
