-- Uploaded versions of a project's code. commit_hash is the SHA-256 of the uploaded tar.gz, which
-- the artifact store keeps under that name; the newest row (highest id) is the project's code.
CREATE TABLE code_references (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id  BIGINT      NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    commit_hash TEXT        NOT NULL CHECK (commit_hash ~ '^[0-9a-f]{64}$'),
    size_bytes  BIGINT      NOT NULL CHECK (size_bytes >= 0),
    uploaded_by BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX code_references_project ON code_references (project_id, id DESC);
