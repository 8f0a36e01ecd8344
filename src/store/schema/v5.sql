-- Version 5: whether each resident shares their results with the workshop leaders
-- (asked when the profile is made; without it, leaders see only counts). Profiles made
-- before this question existed share nothing until the resident says yes.

ALTER TABLE resident ADD COLUMN shares_results INTEGER NOT NULL DEFAULT 0;
