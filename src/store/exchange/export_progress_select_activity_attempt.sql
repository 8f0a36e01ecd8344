SELECT uid, pack_id, lesson_id, activity_id, kind, attempt, success, hits, misses,
duration_ms, language, done_at, stumbles FROM activity_attempt WHERE resident_id = ?1 ORDER BY uid
