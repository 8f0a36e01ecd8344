SELECT question_id, response_json, correct FROM answer
WHERE resident_id = ?1 AND pack_id = ?2 AND lesson_id = ?3 AND attempt = ?4
ORDER BY id
