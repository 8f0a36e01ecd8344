UPDATE positioning_run SET started_at = ?2, finished_at = ?3, standings_json = ?4 WHERE id = ?1
