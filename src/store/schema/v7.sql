-- Version 7: workshops (their lessons, residents and attendance); on each resident the
-- leaders' note and when a leader renamed them; and the profiles merged into another,
-- so that a file from another PC still names the merged profile.

CREATE TABLE workshop (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  day TEXT NOT NULL,
  time TEXT,
  place TEXT NOT NULL,
  topic TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE workshop_lesson (
  workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  pack_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  PRIMARY KEY (workshop_id, pack_id, lesson_id)
) STRICT;

CREATE TABLE workshop_member (
  workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
  resident_id INTEGER NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
  present INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (workshop_id, resident_id)
) STRICT;

CREATE INDEX workshop_member_by_resident ON workshop_member (resident_id);

ALTER TABLE resident ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE resident ADD COLUMN note_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE resident ADD COLUMN renamed_at INTEGER NOT NULL DEFAULT 0;

CREATE TABLE resident_alias (
  uid TEXT PRIMARY KEY,
  into_uid TEXT NOT NULL
) STRICT;
