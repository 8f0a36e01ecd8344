-- The network's server, version 5: the live room. While a workshop runs, each PC keeps
-- here, for each of its residents in that workshop whose card follows them, where they
-- are (the lesson and its step) and how it goes (wrong answers in a row), replaced at
-- each move and deleted when they leave the lesson. Each change notifies channel
-- `passerelle_live` with the workshop's random id and nothing else: any site's role may
-- listen, so a notification says only "something moved in workshop X"; the agent's PC
-- then reads the rows of its own workshop (row-level security as for `change`). Rows
-- older than a day are no one's business: each PC deletes its own.
CREATE TABLE passerelle.live_seat (
    site name NOT NULL DEFAULT current_user,
    pc uuid NOT NULL,
    resident uuid NOT NULL,
    workshop uuid NOT NULL,
    pack text NOT NULL CHECK (length(pack) BETWEEN 1 AND 200),
    lesson text NOT NULL CHECK (length(lesson) BETWEEN 1 AND 200),
    step integer NOT NULL CHECK (step BETWEEN 0 AND 10000),
    steps integer NOT NULL CHECK (steps BETWEEN 0 AND 10000),
    wrong_in_a_row integer NOT NULL CHECK (wrong_in_a_row BETWEEN 0 AND 10000),
    moved_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site, pc, resident)
);
CREATE INDEX live_seat_workshop ON passerelle.live_seat (workshop);

GRANT SELECT, INSERT, UPDATE, DELETE ON passerelle.live_seat TO passerelle_site;

ALTER TABLE passerelle.live_seat ENABLE ROW LEVEL SECURITY;
ALTER TABLE passerelle.live_seat FORCE ROW LEVEL SECURITY;
CREATE POLICY live_seat_read ON passerelle.live_seat FOR SELECT TO passerelle_site USING (true);
CREATE POLICY live_seat_write_own ON passerelle.live_seat FOR INSERT TO passerelle_site
    WITH CHECK (site = current_user);
CREATE POLICY live_seat_update_own ON passerelle.live_seat FOR UPDATE TO passerelle_site
    USING (site = current_user) WITH CHECK (site = current_user);
CREATE POLICY live_seat_delete_own ON passerelle.live_seat FOR DELETE TO passerelle_site
    USING (site = current_user);

CREATE FUNCTION passerelle.live_seat_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('passerelle_live', OLD.workshop::text);
    ELSE
        PERFORM pg_notify('passerelle_live', NEW.workshop::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER live_seat_moved AFTER INSERT OR UPDATE OR DELETE ON passerelle.live_seat
    FOR EACH ROW EXECUTE FUNCTION passerelle.live_seat_moved();
