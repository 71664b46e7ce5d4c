-- One row that identifies this installation; it survives restarts and upgrades.
CREATE TABLE installation (
    singleton            BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    id                   UUID        NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    created_with_version TEXT        NOT NULL
);
