-- Version 15: where each answer was given, and which residents whose card follows them changed since the network last
-- had them, so that a sync round reads those records only, not every follower's whole
-- history. Each change counts up the resident's `generation`; a round that pushed (or
-- merged) what it read clears the mark only if no change came in the meantime (the same
-- generation), so that a change made while a round runs is never lost.

-- Where an answer was given: NULL on this PC; else the network site it came from, or ''
-- when it came from another PC whose site is not known (a progress file).
ALTER TABLE answer ADD COLUMN site TEXT;

CREATE TABLE network_changed (
  resident_id INTEGER PRIMARY KEY,
  generation INTEGER NOT NULL
) STRICT;

-- Every follower is read again once after this upgrade.
INSERT INTO network_changed (resident_id, generation)
  SELECT id, 1 FROM resident WHERE follows_me = 1;

CREATE TRIGGER answer_network_insert AFTER INSERT ON answer BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER answer_network_update AFTER UPDATE ON answer BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER answer_network_delete AFTER DELETE ON answer BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = old.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER lesson_progress_network_insert AFTER INSERT ON lesson_progress BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER lesson_progress_network_update AFTER UPDATE ON lesson_progress BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER lesson_progress_network_delete AFTER DELETE ON lesson_progress BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = old.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER activity_attempt_network_insert AFTER INSERT ON activity_attempt BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER activity_attempt_network_update AFTER UPDATE ON activity_attempt BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER activity_attempt_network_delete AFTER DELETE ON activity_attempt BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = old.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER review_card_network_insert AFTER INSERT ON review_card BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER review_card_network_update AFTER UPDATE ON review_card BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER review_card_network_delete AFTER DELETE ON review_card BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = old.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER positioning_run_network_insert AFTER INSERT ON positioning_run BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER positioning_run_network_update AFTER UPDATE ON positioning_run BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER positioning_run_network_delete AFTER DELETE ON positioning_run BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = old.resident_id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER positioning_answer_network_insert AFTER INSERT ON positioning_answer BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = (SELECT resident_id FROM positioning_run WHERE id = new.run_id) AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER positioning_answer_network_update AFTER UPDATE ON positioning_answer BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = (SELECT resident_id FROM positioning_run WHERE id = new.run_id) AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER positioning_answer_network_delete AFTER DELETE ON positioning_answer BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = (SELECT resident_id FROM positioning_run WHERE id = old.run_id) AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER resident_network_update AFTER UPDATE ON resident BEGIN
  INSERT INTO network_changed (resident_id, generation)
    SELECT id, 1 FROM resident WHERE id = new.id AND follows_me = 1
    ON CONFLICT (resident_id) DO UPDATE SET generation = generation + 1;
END;

CREATE TRIGGER resident_network_delete AFTER DELETE ON resident BEGIN
  DELETE FROM network_changed WHERE resident_id = old.id;
END;

-- How each question goes across the library network: every PC's counts summed, as
-- last read from the server (replaced whole at each read). `wrong_json`: the wrong
-- answers given most, as stored, with how often.
CREATE TABLE network_item_tally (
  pack_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  answers INTEGER NOT NULL,
  right_answers INTEGER NOT NULL,
  wrong_json TEXT NOT NULL,
  PRIMARY KEY (pack_id, lesson_id, question_id)
) STRICT;

-- When the resident last chose whether their card follows them (on this PC or another
-- of the network), on the network's hybrid logical clock (ms since 1970, never behind a
-- time this PC has seen from the network): the later choice wins, wherever it was made.
ALTER TABLE resident ADD COLUMN follows_at INTEGER NOT NULL DEFAULT 0;
