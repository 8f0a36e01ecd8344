SELECT uid, pack_id, lesson_id, question_id, attempt, response_json, correct, score,
language, answered_at, coalesce(site, ?2) FROM answer WHERE resident_id = ?1 ORDER BY uid
