UPDATE positioning_run SET finished_at = ?2, standings_json = ?3 WHERE uid = ?1
