SELECT id, uid, started_at, finished_at, standings_json FROM positioning_run
WHERE resident_id = ?1 ORDER BY uid
