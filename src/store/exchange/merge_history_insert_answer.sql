INSERT OR IGNORE INTO answer (uid, resident_id, pack_id, lesson_id, question_id, attempt,
                              response_json, correct, score, language, answered_at, site)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
