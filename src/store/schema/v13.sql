-- Version 13: a procedure on the pretend portal remembers which of its pages needed
-- another try: their types (`code`, `form`…), separated by spaces, each once. Empty for
-- the other activities and for procedures done right the first time.

ALTER TABLE activity_attempt ADD COLUMN stumbles TEXT NOT NULL DEFAULT '';
