-- Version 14: the library network.
-- A resident's own choice that their card follows them to the network's other sites
-- (off unless they switch it on, as sharing their results is).
ALTER TABLE resident ADD COLUMN follows_me INTEGER NOT NULL DEFAULT 0;

-- What this PC last pushed of each resident: the hash of the record, so that a record
-- goes again only when it changed; a resident listed here who no longer follows (or is
-- no longer on this PC) is withdrawn from the server at the next sync.
CREATE TABLE network_pushed (
    resident_uid TEXT PRIMARY KEY,
    hash TEXT NOT NULL
);

-- How far this PC has read each other PC's log on the server.
CREATE TABLE network_cursor (
    site TEXT NOT NULL,
    pc TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (site, pc)
);

-- The packs published to the network that this PC has already taken (installed, or
-- refused: a bad pack is not tried again at every sync).
CREATE TABLE network_pack_seen (
    site TEXT NOT NULL,
    id TEXT NOT NULL,
    version TEXT NOT NULL,
    PRIMARY KEY (site, id, version)
);
