SELECT pack_id, lesson_id, question_id, box FROM review_card
WHERE resident_id = ?1 AND due_at <= ?2 AND box < ?4
ORDER BY due_at, pack_id, lesson_id, question_id LIMIT ?3
