SELECT answered_at, pack_id, lesson_id, question_id, response_json, correct FROM answer
WHERE resident_id = ?1 ORDER BY answered_at, id
