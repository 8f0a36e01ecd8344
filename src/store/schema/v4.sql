-- Version 4: each try of a practice activity (mouse, keyboard, mailbox, form, password,
-- files). Never what was typed: only how it went.

CREATE TABLE activity_attempt (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  resident_id INTEGER NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
  pack_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  success INTEGER NOT NULL,
  hits INTEGER NOT NULL,
  misses INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  language TEXT NOT NULL,
  done_at INTEGER NOT NULL
) STRICT;

CREATE INDEX activity_attempt_by_resident ON activity_attempt (resident_id, pack_id, lesson_id, activity_id);
