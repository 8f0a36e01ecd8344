-- The network's server, version 3: how each question goes, counted by each PC from the
-- answers given there by residents who share their results with the leaders (counts
-- and the wrong choices given most, never an answer, a resident or a typed text), so
-- that trainers see the network's most missed questions. Each PC replaces its own rows.
CREATE TABLE passerelle.item_tally (
    site name NOT NULL DEFAULT current_user,
    pc uuid NOT NULL,
    pack text NOT NULL,
    lesson text NOT NULL,
    question text NOT NULL,
    answers integer NOT NULL CHECK (answers > 0),
    right_answers integer NOT NULL CHECK (right_answers BETWEEN 0 AND answers),
    wrong jsonb NOT NULL CHECK (jsonb_typeof(wrong) = 'object'),
    pushed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site, pc, pack, lesson, question)
);

GRANT SELECT, INSERT, DELETE ON passerelle.item_tally TO passerelle_site;

ALTER TABLE passerelle.item_tally ENABLE ROW LEVEL SECURITY;
ALTER TABLE passerelle.item_tally FORCE ROW LEVEL SECURITY;
CREATE POLICY item_tally_read ON passerelle.item_tally FOR SELECT TO passerelle_site USING (true);
CREATE POLICY item_tally_write_own ON passerelle.item_tally FOR INSERT TO passerelle_site
    WITH CHECK (site = current_user);
CREATE POLICY item_tally_delete_own ON passerelle.item_tally FOR DELETE TO passerelle_site
    USING (site = current_user);
