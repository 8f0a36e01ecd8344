-- Version 6: each resident's answer counts, kept up to date by triggers, so that the
-- leaders' area lists 10,000 residents without counting a million answers each time.

CREATE TABLE resident_stats (
  resident_id INTEGER PRIMARY KEY REFERENCES resident(id) ON DELETE CASCADE,
  answers INTEGER NOT NULL,
  right_answers INTEGER NOT NULL
) STRICT;

INSERT INTO resident_stats (resident_id, answers, right_answers)
  SELECT resident_id, count(*), sum(correct) FROM answer GROUP BY resident_id;

CREATE TRIGGER answer_counted AFTER INSERT ON answer BEGIN
  INSERT INTO resident_stats (resident_id, answers, right_answers)
    VALUES (new.resident_id, 1, new.correct)
    ON CONFLICT (resident_id) DO UPDATE SET answers = answers + 1,
      right_answers = right_answers + new.correct;
END;

CREATE TRIGGER answer_uncounted AFTER DELETE ON answer BEGIN
  UPDATE resident_stats SET answers = answers - 1, right_answers = right_answers - old.correct
    WHERE resident_id = old.resident_id;
END;
