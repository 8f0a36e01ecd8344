SELECT id, uid, started_at, finished_at, standings_json FROM positioning_run WHERE id = ?1
