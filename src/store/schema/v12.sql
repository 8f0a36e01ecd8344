-- Version 12: progress files carry the review and the positioning tests. A review card
-- remembers when it was last reviewed (the latest review wins a merge) and a learnt card
-- stays, in box 6, so that a file from before it was learnt cannot bring it back.

ALTER TABLE review_card ADD COLUMN reviewed_at INTEGER NOT NULL DEFAULT 0;

UPDATE review_card SET reviewed_at = due_at - 86400000 * (CASE box
  WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 4 WHEN 4 THEN 8 ELSE 16 END);
