-- The network's server, version 1. Run by `passerelle network init-server` as the
-- database's owner, once; nothing here is needed at run time but the site roles.
--
-- One role per site (`passerelle_site_<name>`, made by `network add-site`), each a
-- member of `passerelle_site`. Row-level security, forced even for the tables' owner,
-- lets a site write and delete only its own rows and read what the network shares.
-- Only residents who chose "my card follows me to other sites" ever reach `change`.

CREATE SCHEMA passerelle;

-- The server schema's version (one row).
CREATE TABLE passerelle.schema_version (version integer NOT NULL);

-- The sites of the network.
CREATE TABLE passerelle.site (
    name text PRIMARY KEY,            -- as `add-site` was given it
    role name NOT NULL UNIQUE,        -- its PostgreSQL role
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Each PC's append-only log of changes: one row is a resident's card and history as
-- that PC knows it (the record of a progress file, `body`), or their withdrawal from
-- the network (`follows` false, no body). `seq` counts up per PC, so that every PC
-- reads every other PC's rows in order and resumes where it stopped.
CREATE TABLE passerelle.change (
    site name NOT NULL DEFAULT current_user,
    pc uuid NOT NULL,
    seq bigint NOT NULL CHECK (seq > 0),
    resident uuid NOT NULL,
    follows boolean NOT NULL,
    body jsonb CHECK ((body IS NULL) = NOT follows),
    pushed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site, pc, seq)
);
CREATE INDEX change_resident ON passerelle.change (resident);

-- Packs a trainer published to the network: every PC installs them at its next sync,
-- checked there as any pack file (`pack install`).
CREATE TABLE passerelle.pack (
    site name NOT NULL DEFAULT current_user,
    id text NOT NULL,
    version text NOT NULL,
    bytes bytea NOT NULL CHECK (length(bytes) <= 64 * 1024 * 1024),
    published_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site, id, version)
);

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'passerelle_site') THEN
        CREATE ROLE passerelle_site NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA passerelle TO passerelle_site;
GRANT SELECT ON passerelle.schema_version, passerelle.site TO passerelle_site;
GRANT SELECT, INSERT, DELETE ON passerelle.change, passerelle.pack TO passerelle_site;

ALTER TABLE passerelle.change ENABLE ROW LEVEL SECURITY;
ALTER TABLE passerelle.change FORCE ROW LEVEL SECURITY;
CREATE POLICY change_read ON passerelle.change FOR SELECT TO passerelle_site USING (true);
CREATE POLICY change_write_own ON passerelle.change FOR INSERT TO passerelle_site
    WITH CHECK (site = current_user);
CREATE POLICY change_delete_own ON passerelle.change FOR DELETE TO passerelle_site
    USING (site = current_user);

ALTER TABLE passerelle.pack ENABLE ROW LEVEL SECURITY;
ALTER TABLE passerelle.pack FORCE ROW LEVEL SECURITY;
CREATE POLICY pack_read ON passerelle.pack FOR SELECT TO passerelle_site USING (true);
CREATE POLICY pack_write_own ON passerelle.pack FOR INSERT TO passerelle_site
    WITH CHECK (site = current_user);
CREATE POLICY pack_delete_own ON passerelle.pack FOR DELETE TO passerelle_site
    USING (site = current_user);
