-- The network's server, version 6: the structures' public keys, and packs signed by
-- them. Each PC puts its structure's public key here (the key that signs its
-- attestations), under its own site: every PC of the network then checks attestations
-- from every site, and checks that a pack published on the network was signed by the
-- structure of the site that published it.
CREATE TABLE passerelle.structure_key (
    site name NOT NULL DEFAULT current_user,
    public_key text NOT NULL CHECK (public_key ~ '^[0-9a-f]{64}$'),
    structure text NOT NULL CHECK (length(structure) BETWEEN 1 AND 200),
    published_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site, public_key)
);

GRANT SELECT, INSERT, DELETE ON passerelle.structure_key TO passerelle_site;

ALTER TABLE passerelle.structure_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE passerelle.structure_key FORCE ROW LEVEL SECURITY;
CREATE POLICY structure_key_read ON passerelle.structure_key FOR SELECT TO passerelle_site
    USING (true);
CREATE POLICY structure_key_write_own ON passerelle.structure_key FOR INSERT TO passerelle_site
    WITH CHECK (site = current_user);
CREATE POLICY structure_key_delete_own ON passerelle.structure_key FOR DELETE TO passerelle_site
    USING (site = current_user);

-- A pack's signature by its site's structure key (hex), and that key.
ALTER TABLE passerelle.pack ADD COLUMN signer text, ADD COLUMN signature text;
