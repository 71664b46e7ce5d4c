-- Which executor scope looks after a run (see Executor.scope): set by the scheduler that starts
-- it, so a scheduler never starts or follows a run whose processes it cannot see.
ALTER TABLE runs ADD COLUMN executor_scope TEXT;
