INSERT OR IGNORE INTO activity_attempt (uid, resident_id, pack_id, lesson_id, activity_id,
    kind, attempt, success, hits, misses, duration_ms, language, done_at, stumbles)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
