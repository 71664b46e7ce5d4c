-- Browser sessions of the admin view at /_admin. The cookie holds a random id; only its SHA-256
-- digest is stored. Kept in the database so that every API replica accepts the same session.
CREATE TABLE admin_sessions (
    id_hash     TEXT        PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token  TEXT        NOT NULL,
    flash_error BOOLEAN,
    flash_text  TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX admin_sessions_expires ON admin_sessions (expires_at);
CREATE INDEX admin_sessions_user ON admin_sessions (user_id);
