-- The network's server, version 2: a push sends its rows with COPY into a temporary
-- table, then into the log with one INSERT (PostgreSQL checks row-level policies on
-- INSERT and refuses COPY into a table that has them). Sites may make temporary
-- tables, even where the database's default privilege was taken from PUBLIC.
DO $$
BEGIN
    EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO passerelle_site', current_database());
END
$$;
