INSERT INTO positioning_run (uid, resident_id, started_at, finished_at, standings_json)
VALUES (?1, ?2, ?3, ?4, ?5)
