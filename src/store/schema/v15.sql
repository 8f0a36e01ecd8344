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

-- How each question goes on this PC (the leaders' "How each question goes", and what
-- this PC sends the network): the answers given here by residents who share their
-- results, counted per question, and the wrong ones per answer given, kept up to date
-- by triggers (as `resident_stats`), so that neither the view nor a sync round reads a
-- million answers. A resident who stops sharing, or is erased, takes their answers out
-- (the rows of answers no longer given go: no typed text stays behind).
CREATE TABLE item_count_here (
  pack_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  answers INTEGER NOT NULL,
  right_answers INTEGER NOT NULL,
  PRIMARY KEY (pack_id, lesson_id, question_id)
) STRICT;

CREATE TABLE item_wrong_here (
  pack_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  response_json TEXT NOT NULL,
  times INTEGER NOT NULL,
  PRIMARY KEY (pack_id, lesson_id, question_id, response_json)
) STRICT;

INSERT INTO item_count_here (pack_id, lesson_id, question_id, answers, right_answers)
  SELECT a.pack_id, a.lesson_id, a.question_id, count(*), sum(a.correct)
  FROM answer a JOIN resident r ON r.id = a.resident_id
  WHERE a.site IS NULL AND r.shares_results = 1
  GROUP BY a.pack_id, a.lesson_id, a.question_id;

INSERT INTO item_wrong_here (pack_id, lesson_id, question_id, response_json, times)
  SELECT a.pack_id, a.lesson_id, a.question_id, a.response_json, count(*)
  FROM answer a JOIN resident r ON r.id = a.resident_id
  WHERE a.site IS NULL AND r.shares_results = 1 AND a.correct = 0
  GROUP BY a.pack_id, a.lesson_id, a.question_id, a.response_json;

CREATE TRIGGER answer_item_counted AFTER INSERT ON answer WHEN new.site IS NULL AND (SELECT shares_results FROM resident WHERE id = new.resident_id) = 1
BEGIN
  INSERT INTO item_count_here (pack_id, lesson_id, question_id, answers, right_answers)
    VALUES (new.pack_id, new.lesson_id, new.question_id, 1, new.correct)
    ON CONFLICT (pack_id, lesson_id, question_id) DO UPDATE
      SET answers = answers + 1, right_answers = right_answers + excluded.right_answers;
  INSERT INTO item_wrong_here (pack_id, lesson_id, question_id, response_json, times)
    SELECT new.pack_id, new.lesson_id, new.question_id, new.response_json, 1 WHERE new.correct = 0
    ON CONFLICT (pack_id, lesson_id, question_id, response_json) DO UPDATE SET times = times + 1;
END;

CREATE TRIGGER answer_item_uncounted AFTER DELETE ON answer WHEN old.site IS NULL AND (SELECT shares_results FROM resident WHERE id = old.resident_id) = 1
BEGIN
  UPDATE item_count_here SET answers = answers - 1, right_answers = right_answers - old.correct
    WHERE pack_id = old.pack_id AND lesson_id = old.lesson_id AND question_id = old.question_id;
  DELETE FROM item_count_here WHERE pack_id = old.pack_id AND lesson_id = old.lesson_id AND question_id = old.question_id AND answers <= 0;
  UPDATE item_wrong_here SET times = times - 1
    WHERE pack_id = old.pack_id AND lesson_id = old.lesson_id AND question_id = old.question_id AND response_json = old.response_json AND old.correct = 0;
  DELETE FROM item_wrong_here WHERE pack_id = old.pack_id AND lesson_id = old.lesson_id AND question_id = old.question_id AND response_json = old.response_json AND times <= 0;
END;

CREATE TRIGGER answer_item_moved_from AFTER UPDATE ON answer WHEN old.site IS NULL AND (SELECT shares_results FROM resident WHERE id = old.resident_id) = 1
BEGIN
  UPDATE item_count_here SET answers = answers - 1, right_answers = right_answers - old.correct
    WHERE pack_id = old.pack_id AND lesson_id = old.lesson_id AND question_id = old.question_id;
  DELETE FROM item_count_here WHERE pack_id = old.pack_id AND lesson_id = old.lesson_id AND question_id = old.question_id AND answers <= 0;
  UPDATE item_wrong_here SET times = times - 1
    WHERE pack_id = old.pack_id AND lesson_id = old.lesson_id AND question_id = old.question_id AND response_json = old.response_json AND old.correct = 0;
  DELETE FROM item_wrong_here WHERE pack_id = old.pack_id AND lesson_id = old.lesson_id AND question_id = old.question_id AND response_json = old.response_json AND times <= 0;
END;

CREATE TRIGGER answer_item_moved_to AFTER UPDATE ON answer WHEN new.site IS NULL AND (SELECT shares_results FROM resident WHERE id = new.resident_id) = 1
BEGIN
  INSERT INTO item_count_here (pack_id, lesson_id, question_id, answers, right_answers)
    VALUES (new.pack_id, new.lesson_id, new.question_id, 1, new.correct)
    ON CONFLICT (pack_id, lesson_id, question_id) DO UPDATE
      SET answers = answers + 1, right_answers = right_answers + excluded.right_answers;
  INSERT INTO item_wrong_here (pack_id, lesson_id, question_id, response_json, times)
    SELECT new.pack_id, new.lesson_id, new.question_id, new.response_json, 1 WHERE new.correct = 0
    ON CONFLICT (pack_id, lesson_id, question_id, response_json) DO UPDATE SET times = times + 1;
END;

CREATE TRIGGER resident_items_shared AFTER UPDATE OF shares_results ON resident
WHEN new.shares_results = 1 AND old.shares_results = 0
BEGIN
  INSERT INTO item_count_here (pack_id, lesson_id, question_id, answers, right_answers)
    SELECT pack_id, lesson_id, question_id,  count(*),  sum(correct) FROM answer
    WHERE resident_id = new.id AND site IS NULL GROUP BY pack_id, lesson_id, question_id
    ON CONFLICT (pack_id, lesson_id, question_id) DO UPDATE
      SET answers = answers + excluded.answers, right_answers = right_answers + excluded.right_answers;
  DELETE FROM item_count_here WHERE answers <= 0;
  INSERT INTO item_wrong_here (pack_id, lesson_id, question_id, response_json, times)
    SELECT pack_id, lesson_id, question_id, response_json,  count(*) FROM answer
    WHERE resident_id = new.id AND site IS NULL AND correct = 0
    GROUP BY pack_id, lesson_id, question_id, response_json
    ON CONFLICT (pack_id, lesson_id, question_id, response_json) DO UPDATE
      SET times = times + excluded.times;
  DELETE FROM item_wrong_here WHERE times <= 0;
END;

CREATE TRIGGER resident_items_unshared AFTER UPDATE OF shares_results ON resident
WHEN new.shares_results = 0 AND old.shares_results = 1
BEGIN
  INSERT INTO item_count_here (pack_id, lesson_id, question_id, answers, right_answers)
    SELECT pack_id, lesson_id, question_id, - count(*), - sum(correct) FROM answer
    WHERE resident_id = new.id AND site IS NULL GROUP BY pack_id, lesson_id, question_id
    ON CONFLICT (pack_id, lesson_id, question_id) DO UPDATE
      SET answers = answers + excluded.answers, right_answers = right_answers + excluded.right_answers;
  DELETE FROM item_count_here WHERE answers <= 0;
  INSERT INTO item_wrong_here (pack_id, lesson_id, question_id, response_json, times)
    SELECT pack_id, lesson_id, question_id, response_json, - count(*) FROM answer
    WHERE resident_id = new.id AND site IS NULL AND correct = 0
    GROUP BY pack_id, lesson_id, question_id, response_json
    ON CONFLICT (pack_id, lesson_id, question_id, response_json) DO UPDATE
      SET times = times + excluded.times;
  DELETE FROM item_wrong_here WHERE times <= 0;
END;

-- Before the resident and (by cascade) their answers go.
CREATE TRIGGER resident_items_erased BEFORE DELETE ON resident WHEN old.shares_results = 1
BEGIN
  INSERT INTO item_count_here (pack_id, lesson_id, question_id, answers, right_answers)
    SELECT pack_id, lesson_id, question_id, - count(*), - sum(correct) FROM answer
    WHERE resident_id = old.id AND site IS NULL GROUP BY pack_id, lesson_id, question_id
    ON CONFLICT (pack_id, lesson_id, question_id) DO UPDATE
      SET answers = answers + excluded.answers, right_answers = right_answers + excluded.right_answers;
  DELETE FROM item_count_here WHERE answers <= 0;
  INSERT INTO item_wrong_here (pack_id, lesson_id, question_id, response_json, times)
    SELECT pack_id, lesson_id, question_id, response_json, - count(*) FROM answer
    WHERE resident_id = old.id AND site IS NULL AND correct = 0
    GROUP BY pack_id, lesson_id, question_id, response_json
    ON CONFLICT (pack_id, lesson_id, question_id, response_json) DO UPDATE
      SET times = times + excluded.times;
  DELETE FROM item_wrong_here WHERE times <= 0;
END;

-- The consent history (version 10) keeps the choice to let the card follow its resident
-- to the network's other sites too (`what` = 'follow'), whichever way it changes: the
-- resident's own choice, their code removed, the network's word from another site (at
-- the time it was made there).
ALTER TABLE consent_change ADD COLUMN what TEXT NOT NULL DEFAULT 'share';

CREATE TRIGGER consent_on_follow AFTER UPDATE OF follows_me ON resident
  WHEN old.follows_me IS NOT new.follows_me
BEGIN
  INSERT INTO consent_change (resident_id, shares, at, what)
    VALUES (new.id, new.follows_me,
            CASE WHEN new.follows_at > 0 THEN new.follows_at ELSE new.last_seen_at END, 'follow');
END;
