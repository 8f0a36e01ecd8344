SELECT success, hits, misses, duration_ms FROM activity_attempt
WHERE resident_id = ?1 AND pack_id = ?2 AND activity_id = ?3 ORDER BY id
