-- Version 10: a card can be locked with a picture code (kept only as a hash, with its
-- count of wrong tries), and every change of a resident's consent to share is kept,
-- for the right-of-access document. Triggers record consent whichever way it changes
-- (the card made, the resident's own choice, a progress file switching it off).

ALTER TABLE resident ADD COLUMN code_hash TEXT;
ALTER TABLE resident ADD COLUMN code_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE resident ADD COLUMN code_failed_at INTEGER NOT NULL DEFAULT 0;

CREATE TABLE consent_change (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
  shares INTEGER NOT NULL,
  at INTEGER NOT NULL
) STRICT;

CREATE INDEX consent_change_by_resident ON consent_change (resident_id, at);

-- The cards already there: their choice as it stands, from when they were last used.
INSERT INTO consent_change (resident_id, shares, at)
  SELECT id, shares_results, last_seen_at FROM resident;

CREATE TRIGGER consent_on_new_card AFTER INSERT ON resident
BEGIN
  INSERT INTO consent_change (resident_id, shares, at)
    VALUES (new.id, new.shares_results, new.last_seen_at);
END;

CREATE TRIGGER consent_on_change AFTER UPDATE OF shares_results ON resident
  WHEN old.shares_results IS NOT new.shares_results
BEGIN
  INSERT INTO consent_change (resident_id, shares, at)
    VALUES (new.id, new.shares_results, new.last_seen_at);
END;
