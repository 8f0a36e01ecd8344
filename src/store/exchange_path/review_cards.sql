SELECT pack_id, lesson_id, question_id, box, reviewed_at FROM review_card
WHERE resident_id = ?1 ORDER BY pack_id, lesson_id, question_id
