-- The code version a run checks out, chosen when the run is created (0.4's code reference): a
-- restarted run keeps its original's unless asked to take the project's latest.
ALTER TABLE runs
    ADD COLUMN code_reference_id BIGINT REFERENCES code_references (id) ON DELETE SET NULL;

-- Runs created before this migration started with the project's latest code; keep that.
UPDATE runs r SET code_reference_id = (
    SELECT c.id FROM code_references c WHERE c.project_id = r.project_id ORDER BY c.id DESC LIMIT 1);

CREATE INDEX runs_original ON runs (original_id) WHERE original_id IS NOT NULL;
