-- Changes made through the API (who, what route, when), for the activity feeds. The project is
-- kept by unique name so the history of a deleted project can still be read by superusers.
CREATE TABLE activity_logs (
    id         BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id   BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    method     TEXT        NOT NULL,
    route      TEXT        NOT NULL,
    path       TEXT        NOT NULL,
    project    TEXT,
    status     INT         NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX activity_logs_project ON activity_logs (project, id DESC) WHERE project IS NOT NULL;
