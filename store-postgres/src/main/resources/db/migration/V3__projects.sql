CREATE TABLE projects (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uuid        CHAR(32)    NOT NULL UNIQUE,
    owner_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        TEXT        NOT NULL,
    description TEXT        NOT NULL DEFAULT '',
    tags        TEXT[]      NOT NULL DEFAULT '{}',
    is_public   BOOLEAN     NOT NULL DEFAULT TRUE,
    has_code    BOOLEAN     NOT NULL DEFAULT FALSE,
    archived    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (owner_id, name)
);
