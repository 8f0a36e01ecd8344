INSERT INTO positioning_run (uid, resident_id, started_at) VALUES (?1, ?2, ?3)
