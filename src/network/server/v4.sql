-- The network's server, version 4: each row carries when the resident made the choice it
-- stands for (their card follows them, or no longer does), on the network's hybrid
-- logical clock, so that a withdrawal is never undone by an older record crossing it.
ALTER TABLE passerelle.change ADD COLUMN decided_at bigint NOT NULL DEFAULT 0;
