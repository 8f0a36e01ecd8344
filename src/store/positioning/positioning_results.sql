SELECT finished_at, standings_json FROM positioning_run
WHERE resident_id = ?1 AND finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT ?2
