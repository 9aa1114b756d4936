-- People who signed in, the allowlist that decides who may, and personal API tokens for programs.
-- Emails are stored lower-case; the application normalises them before every write and lookup.

CREATE TABLE users (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    email           text        NOT NULL CHECK (length(email) BETWEEN 3 AND 320 AND email = lower(email) AND position('@' IN email) > 1),
    google_subject  text        CHECK (length(google_subject) BETWEEN 1 AND 255),
    name            text        NOT NULL DEFAULT '' CHECK (length(name) <= 200),
    picture_url     text        NOT NULL DEFAULT '' CHECK (length(picture_url) <= 2048),
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_login_at   timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_google_subject_idx ON users (google_subject);

CREATE TABLE approved_users (
    email       text        PRIMARY KEY CHECK (length(email) BETWEEN 3 AND 320 AND email = lower(email) AND position('@' IN email) > 1),
    is_active   boolean     NOT NULL DEFAULT true,
    note        text        NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_tokens (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    -- SHA-256 of the secret: the secret itself is never stored.
    secret_hash   bytea       NOT NULL CHECK (length(secret_hash) = 32),
    prefix        text        NOT NULL CHECK (length(prefix) BETWEEN 4 AND 16),
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz,
    expires_at    timestamptz CHECK (expires_at IS NULL OR expires_at > created_at),
    revoked_at    timestamptz
);
CREATE UNIQUE INDEX api_tokens_secret_hash_key ON api_tokens (secret_hash);
CREATE INDEX api_tokens_user_id_idx ON api_tokens (user_id, created_at DESC);
