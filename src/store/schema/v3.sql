-- Version 3: each pack's glossary (words beginners may not know).

ALTER TABLE pack ADD COLUMN glossary_json TEXT NOT NULL DEFAULT '[]';
