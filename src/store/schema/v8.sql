-- Version 8: the positioning test (each run and its answers, so that a paused test
-- resumes) and the spaced review of missed questions (Leitner boxes).

CREATE TABLE positioning_run (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  resident_id INTEGER NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
  started_at INTEGER NOT NULL,
  finished_at INTEGER,
  standings_json TEXT
) STRICT;

CREATE INDEX positioning_run_by_resident ON positioning_run (resident_id, started_at);

CREATE TABLE positioning_answer (
  run_id INTEGER NOT NULL REFERENCES positioning_run(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  pack_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  domain INTEGER NOT NULL,
  level INTEGER NOT NULL,
  correct INTEGER NOT NULL,
  answered_at INTEGER NOT NULL,
  PRIMARY KEY (run_id, position)
) STRICT;

CREATE TABLE review_card (
  resident_id INTEGER NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
  pack_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  box INTEGER NOT NULL,
  due_at INTEGER NOT NULL,
  PRIMARY KEY (resident_id, pack_id, lesson_id, question_id)
) STRICT;
