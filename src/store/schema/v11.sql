-- Version 11: the public halves of the keys that sign attestations: this structure's own
-- (a new one each time the leaders' PIN is written; the older ones still verify the
-- attestations they signed) and those of structures the leaders chose to trust.

CREATE TABLE known_key (
  public TEXT PRIMARY KEY,
  structure TEXT NOT NULL,
  own INTEGER NOT NULL,
  added_at INTEGER NOT NULL
) STRICT;
