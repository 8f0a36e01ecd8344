-- Version 16: workshops and attendance follow a resident whose card follows them, to
-- the library network's other sites and in progress files. Each place in a workshop
-- knows when it last changed (joining, attendance), and leaving one is remembered (a
-- tombstone), so that the latest word wins on every PC whatever the order records
-- arrive in. A workshop remembers the network site it is run at (NULL: this PC).

ALTER TABLE workshop_member ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE workshop ADD COLUMN site TEXT;

CREATE TABLE workshop_left (
  workshop_uid TEXT NOT NULL,
  resident_id INTEGER NOT NULL REFERENCES resident(id) ON DELETE CASCADE,
  at INTEGER NOT NULL,
  PRIMARY KEY (workshop_uid, resident_id)
) STRICT;

CREATE INDEX workshop_left_by_resident ON workshop_left (resident_id);

-- Every follower in a workshop is read again once after this upgrade.
INSERT INTO network_changed (resident_id, generation)
  SELECT DISTINCT r.id, 1 FROM workshop_member m JOIN resident r ON r.id = m.resident_id
  WHERE r.follows_me = 1
  ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;

CREATE TRIGGER workshop_member_network_insert AFTER INSERT ON workshop_member BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER workshop_member_network_update AFTER UPDATE ON workshop_member BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER workshop_member_network_delete AFTER DELETE ON workshop_member BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = old.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER workshop_left_network_insert AFTER INSERT ON workshop_left BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER workshop_left_network_update AFTER UPDATE ON workshop_left BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

-- A workshop changed (its title, day, place or lessons): each of its followers' records.
CREATE TRIGGER workshop_network_update AFTER UPDATE ON workshop BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT r.id, 1 FROM workshop_member m JOIN resident r ON r.id = m.resident_id
    WHERE m.workshop_id = new.id AND r.follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;
