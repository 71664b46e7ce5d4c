-- Why each status change happened: a short machine-readable cause from a small vocabulary
-- (StatusReason in core, docs/architecture.md "Status reasons"), next to the message for people.
-- Entries recorded before this migration have none: their cause was not kept. No CHECK constraint,
-- so that a new reason needs no migration; the code only writes names of its vocabulary.
ALTER TABLE run_statuses ADD COLUMN reason TEXT;

-- What a job reports with a status (0.4's JobStatus.details, a JSON object), kept as sent.
ALTER TABLE run_statuses ADD COLUMN details JSONB;
