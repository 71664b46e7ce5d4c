-- Metrics of runs. One narrow row per point (a value of one metric name in one observation),
-- written with COPY. An observation is what one client call reports at one time, for example
-- {"loss": 0.1, "acc": 0.9}; its points share the observation's id (seq), numbered 1, 2, 3, ...
-- per run without gaps, in the order the run's batches committed.
--
-- The primary key is the read path: one run's series of one name, in order. It is the only
-- index, because every index slows COPY. There is deliberately no foreign key to runs: it fires
-- one referential check per copied row, which cut ingestion to a third to a half of its rate in
-- docs/performance.md's benchmark. Ingestion locks the run's row
-- instead (the UPDATE of runs.metric_count below), which a concurrent DELETE of the run waits
-- for, and the trigger at the end removes a deleted run's points.
CREATE TABLE run_metrics (
    run_id     BIGINT           NOT NULL,
    -- Byte order: the key compares names on every copied row, and with the cluster's
    -- linguistic collation ingestion ran at less than half the rate (docs/performance.md).
    -- Names are identifiers, not prose.
    name       TEXT COLLATE "C" NOT NULL,
    seq        BIGINT           NOT NULL,
    value      DOUBLE PRECISION NOT NULL,
    created_at TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (run_id, name, seq)
);

-- How many observations a run has: the last seq handed out. Incremented, together with the
-- merge into last_metric, by the transaction that copies a batch, so seqs are gap-free and
-- last_metric always holds the value of each name at its highest seq.
ALTER TABLE runs ADD COLUMN metric_count BIGINT NOT NULL DEFAULT 0;

-- Batches ingested under an idempotency key. The row commits with the batch's points, so a
-- retry of the same key finds it and stores nothing; the fingerprint (SHA-256 of the batch as
-- sent) tells a retry from a different batch that reuses the key.
CREATE TABLE run_metric_batches (
    run_id       BIGINT      NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    batch_key    TEXT        NOT NULL,
    fingerprint  TEXT        NOT NULL,
    first_seq    BIGINT      NOT NULL,
    observations INT         NOT NULL,
    points       INT         NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, batch_key)
);

CREATE FUNCTION delete_run_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM run_metrics WHERE run_id = OLD.id;
    RETURN OLD;
END;
$$;

CREATE TRIGGER runs_delete_metrics AFTER DELETE ON runs
    FOR EACH ROW EXECUTE FUNCTION delete_run_metrics();
