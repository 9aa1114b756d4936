-- A user's own data: birth profiles, the chart saved for each, and notes. Row-level security is the second wall
-- behind the queries (which always filter by user): a transaction sees only the rows of the user it names in
-- app.user_id. FORCE makes it bind the tables' owner too, which is what the server connects as.

CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;

-- Maintenance (retention, migrations) says so explicitly; nothing a request does sets it.
CREATE FUNCTION app_maintenance() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT COALESCE(current_setting('app.maintenance', true), '') = 'on' $$;

CREATE TABLE profiles (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    place_name   text        NOT NULL DEFAULT '' CHECK (length(place_name) <= 200),
    -- The birth as a jyotishika.v1.ChartRequest in protobuf JSON, validated by the engine before it is stored.
    birth        jsonb       NOT NULL CHECK (
                     jsonb_typeof(birth) = 'object'
                     AND length(birth ->> 'datetime') BETWEEN 10 AND 64
                     AND (birth ->> 'latitude')::double precision BETWEEN -90 AND 90
                     AND (birth ->> 'longitude')::double precision BETWEEN -180 AND 180
                     AND length(birth::text) <= 8192),
    version      integer     NOT NULL DEFAULT 1 CHECK (version >= 1),
    is_active    boolean     NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    deleted_at   timestamptz,
    CHECK (is_active = (deleted_at IS NULL))
);
CREATE INDEX profiles_user_id_idx ON profiles (user_id);
CREATE INDEX profiles_active_idx ON profiles (user_id, created_at DESC, id DESC) WHERE is_active;

CREATE TABLE charts (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    profile_id      uuid        NOT NULL UNIQUE REFERENCES profiles (id) ON DELETE CASCADE,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- The jyotishika.v1.ChartResponse in protobuf JSON.
    result          jsonb       NOT NULL CHECK (jsonb_typeof(result) = 'object'),
    engine_version  text        NOT NULL CHECK (length(engine_version) BETWEEN 1 AND 200),
    -- The profile version it was computed from: a chart of an older version is stale.
    profile_version integer     NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX charts_profile_id_idx ON charts (profile_id);
CREATE INDEX charts_created_at_idx ON charts (created_at DESC);
CREATE INDEX charts_user_id_idx ON charts (user_id);

CREATE TABLE notes (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    profile_id  uuid        NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
    user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title       text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body        text        NOT NULL DEFAULT '' CHECK (length(body) <= 5000),
    version     integer     NOT NULL DEFAULT 1 CHECK (version >= 1),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notes_profile_id_idx ON notes (profile_id, created_at DESC, id DESC);
CREATE INDEX notes_user_id_idx ON notes (user_id);

ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;
ALTER TABLE profiles FORCE ROW LEVEL SECURITY;
CREATE POLICY profiles_owner ON profiles
    USING (user_id = app_user_id() OR app_maintenance())
    WITH CHECK (user_id = app_user_id() OR app_maintenance());

ALTER TABLE charts ENABLE ROW LEVEL SECURITY;
ALTER TABLE charts FORCE ROW LEVEL SECURITY;
CREATE POLICY charts_owner ON charts
    USING (user_id = app_user_id() OR app_maintenance())
    WITH CHECK (user_id = app_user_id() OR app_maintenance());

ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON notes
    USING (user_id = app_user_id() OR app_maintenance())
    WITH CHECK (user_id = app_user_id() OR app_maintenance());
