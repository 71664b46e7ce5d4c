-- What a 0.4 client may say about a run when it creates it, kept as sent and shown in the run's
-- detail: {"readme", "backend", "framework", "run_env", "data_refs"} (RunAttributes in core).
-- One JSON column rather than five: nothing filters or sorts on them.
ALTER TABLE runs ADD COLUMN attributes JSONB NOT NULL DEFAULT '{}';

-- The code version a run reported itself (POST …/coderef, what 0.4's tracking client sends):
-- {"commit", "head", "branch", "git_url", "is_dirty", "created_at"}. Kept apart from
-- code_reference_id, the uploaded archive the run checks out, which clones and launches rely on.
ALTER TABLE runs ADD COLUMN reported_code JSONB;

-- Archived runs per project and kind, beside V7's total, so that listings of live runs (which
-- leave archived ones out) and the project's counts stay one row read at 100,000 runs.
ALTER TABLE run_counters ADD COLUMN archived BIGINT NOT NULL DEFAULT 0;
UPDATE run_counters c
SET archived = (SELECT count(*) FROM runs r
                WHERE r.project_id = c.project_id AND r.kind = c.kind AND r.archived);

CREATE OR REPLACE FUNCTION count_added_runs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO run_counters (project_id, kind, last, total, archived)
    SELECT project_id, kind, max(number), count(*), count(*) FILTER (WHERE archived)
    FROM added GROUP BY project_id, kind
    ON CONFLICT (project_id, kind) DO UPDATE
        SET total = run_counters.total + EXCLUDED.total,
            archived = run_counters.archived + EXCLUDED.archived;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION count_removed_runs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE run_counters c SET total = c.total - gone.n, archived = c.archived - gone.archived
    FROM (SELECT project_id, kind, count(*) AS n, count(*) FILTER (WHERE archived) AS archived
          FROM removed GROUP BY project_id, kind) gone
    WHERE c.project_id = gone.project_id AND c.kind = gone.kind;
    RETURN NULL;
END;
$$;

-- A row trigger, and only when the flag flips: status changes and metric ingestion update runs
-- all the time and must not pay for it.
CREATE FUNCTION count_archived_run() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE run_counters SET archived = archived + CASE WHEN NEW.archived THEN 1 ELSE -1 END
    WHERE project_id = NEW.project_id AND kind = NEW.kind;
    RETURN NULL;
END;
$$;

CREATE TRIGGER runs_count_archived AFTER UPDATE OF archived ON runs
    FOR EACH ROW WHEN (OLD.archived IS DISTINCT FROM NEW.archived)
    EXECUTE FUNCTION count_archived_run();
