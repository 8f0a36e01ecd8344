-- Version 1: packs and their lessons, residents, progress and answers.

CREATE TABLE pack (
  id TEXT PRIMARY KEY,
  version TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  builtin INTEGER NOT NULL,
  position INTEGER NOT NULL,
  manifest_json TEXT NOT NULL,
  imported_at INTEGER NOT NULL
) STRICT;

CREATE TABLE lesson (
  pack_id TEXT NOT NULL REFERENCES pack(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  position INTEGER NOT NULL,
  competence TEXT NOT NULL,
  level INTEGER NOT NULL,
  question_count INTEGER NOT NULL,
  lesson_json TEXT NOT NULL,
  PRIMARY KEY (pack_id, id)
) STRICT;

CREATE TABLE media (
  pack_id TEXT NOT NULL REFERENCES pack(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  bytes BLOB NOT NULL,
  PRIMARY KEY (pack_id, name)
) STRICT;

CREATE TABLE resident (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  colour TEXT NOT NULL,
  symbol TEXT NOT NULL,
  language TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) STRICT;

-- Progress is keyed by the pack's stable ids, not by lesson rows, so that it survives
-- a pack being re-imported at a new version.
CREATE TABLE lesson_progress (
  resident_id INTEGER NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
  pack_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  phase TEXT NOT NULL CHECK (phase IN ('steps', 'questions', 'done')),
  step INTEGER NOT NULL,
  best_correct INTEGER,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (resident_id, pack_id, lesson_id)
) STRICT;

CREATE TABLE answer (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  resident_id INTEGER NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
  pack_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  response_json TEXT NOT NULL,
  correct INTEGER NOT NULL,
  score REAL NOT NULL,
  language TEXT NOT NULL,
  answered_at INTEGER NOT NULL
) STRICT;

CREATE INDEX answer_by_attempt ON answer (resident_id, pack_id, lesson_id, attempt);

CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
