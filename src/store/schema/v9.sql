-- Version 9: packs being written in the pack editor, saved as the trainer types so that
-- nothing is lost if the app closes. Each draft keeps its files as they would be saved,
-- and the translations marked out of date.

CREATE TABLE pack_draft (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  stale_json TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE pack_draft_file (
  draft_id INTEGER NOT NULL REFERENCES pack_draft(id) ON DELETE CASCADE,
  path TEXT NOT NULL,
  bytes BLOB NOT NULL,
  PRIMARY KEY (draft_id, path)
) STRICT;
