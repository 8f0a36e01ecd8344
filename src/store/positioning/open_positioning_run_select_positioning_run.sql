SELECT id, uid FROM positioning_run WHERE resident_id = ?1 AND finished_at IS NULL
ORDER BY started_at DESC, id DESC LIMIT 1
