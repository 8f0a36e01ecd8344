SELECT done_at, pack_id, lesson_id, success, hits, misses, stumbles FROM activity_attempt
WHERE resident_id = ?1 ORDER BY done_at, id
