-- Runs of every kind: experiments, groups, jobs, builds, notebooks, tensorboards.
-- number is the per-project, per-kind id used in URLs (/{user}/{project}/experiments/{number}).
CREATE TABLE runs (
    id               BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid             CHAR(32)    NOT NULL UNIQUE,
    project_id       BIGINT      NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind             TEXT        NOT NULL
        CHECK (kind IN ('experiment', 'group', 'job', 'build', 'notebook', 'tensorboard')),
    number           BIGINT      NOT NULL,
    user_id          BIGINT      NOT NULL REFERENCES users (id),
    group_id         BIGINT      REFERENCES runs (id) ON DELETE CASCADE,
    original_id      BIGINT      REFERENCES runs (id) ON DELETE SET NULL,
    cloning_strategy TEXT        CHECK (cloning_strategy IN ('restart', 'resume', 'copy')),
    name             TEXT,
    description      TEXT        NOT NULL DEFAULT '',
    tags             TEXT[]      NOT NULL DEFAULT '{}',
    content          JSONB       NOT NULL,
    declarations     JSONB       NOT NULL DEFAULT '{}',
    status           TEXT        NOT NULL,
    status_message   TEXT,
    last_metric      JSONB       NOT NULL DEFAULT '{}',
    archived         BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    started_at       TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ,
    heartbeat_at     TIMESTAMPTZ,
    UNIQUE (project_id, kind, number)
);
CREATE INDEX runs_project_kind_created ON runs (project_id, kind, created_at DESC);
CREATE INDEX runs_group ON runs (group_id) WHERE group_id IS NOT NULL;
CREATE INDEX runs_unfinished ON runs (status) WHERE finished_at IS NULL;

-- The next number per project and kind; a row lock serialises concurrent creations.
CREATE TABLE run_counters (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind       TEXT   NOT NULL,
    last       BIGINT NOT NULL,
    PRIMARY KEY (project_id, kind)
);

-- Every status a run went through, in order.
CREATE TABLE run_statuses (
    id         BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid       CHAR(32)    NOT NULL UNIQUE,
    run_id     BIGINT      NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    status     TEXT        NOT NULL,
    message    TEXT,
    traceback  TEXT,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX run_statuses_run ON run_statuses (run_id, id);

-- Work for the scheduler, committed with the state change that causes it and claimed with
-- FOR UPDATE SKIP LOCKED; NOTIFY wakes schedulers sooner than their polling interval.
CREATE TABLE tasks (
    id         BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       TEXT        NOT NULL,
    run_id     BIGINT      REFERENCES runs (id) ON DELETE CASCADE,
    payload    JSONB       NOT NULL DEFAULT '{}',
    not_before TIMESTAMPTZ NOT NULL,
    attempts   INT         NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX tasks_due ON tasks (not_before, id);
