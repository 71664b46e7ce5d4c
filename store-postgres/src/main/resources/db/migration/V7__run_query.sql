-- The latest value of each metric of each run, one narrow row per run and name: what listings
-- filter and sort on. runs.last_metric keeps the same values as JSON for the API's responses;
-- this table exists so that "sorted by metric.loss, first 20" is an index scan instead of a sort
-- of every run of the project (docs/performance.md, "Sorted run listings"). It is written by the
-- transaction that ingests the metrics, after the run's row is locked, so both always agree.
CREATE TABLE run_last_metrics (
    run_id     BIGINT           NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    project_id BIGINT           NOT NULL,
    kind       TEXT             NOT NULL,
    -- Byte order, as in run_metrics: names are identifiers and are compared on every lookup.
    name       TEXT COLLATE "C" NOT NULL,
    value      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, name)
);
-- Serves both directions of a sort by one metric in one project and kind, and value ranges.
CREATE INDEX run_last_metrics_sorted ON run_last_metrics (project_id, kind, name, value, run_id);

INSERT INTO run_last_metrics (run_id, project_id, kind, name, value)
SELECT r.id, r.project_id, r.kind, m.key, (m.value #>> '{}')::double precision
FROM runs r, jsonb_each(r.last_metric) m
WHERE jsonb_typeof(m.value) = 'number';


-- How many runs a project has of each kind, so that an unfiltered listing's count is one row read
-- instead of a count of every run (100,000 in the benchmark). Kept by statement triggers over
-- the rows each INSERT or DELETE touched, in the same transaction; a creation has already locked
-- the counter's row to number the run, and a bulk insert updates it once, not once per row.
ALTER TABLE run_counters ADD COLUMN total BIGINT NOT NULL DEFAULT 0;
UPDATE run_counters c
SET total = (SELECT count(*) FROM runs r WHERE r.project_id = c.project_id AND r.kind = c.kind);

CREATE FUNCTION count_added_runs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO run_counters (project_id, kind, last, total)
    SELECT project_id, kind, max(number), count(*) FROM added GROUP BY project_id, kind
    ON CONFLICT (project_id, kind) DO UPDATE SET total = run_counters.total + EXCLUDED.total;
    RETURN NULL;
END;
$$;

CREATE TRIGGER runs_count_added AFTER INSERT ON runs
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_added_runs();

CREATE FUNCTION count_removed_runs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE run_counters c SET total = c.total - gone.n
    FROM (SELECT project_id, kind, count(*) AS n FROM removed GROUP BY project_id, kind) gone
    WHERE c.project_id = gone.project_id AND c.kind = gone.kind;
    RETURN NULL;
END;
$$;

CREATE TRIGGER runs_count_removed AFTER DELETE ON runs
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_removed_runs();
