SELECT pack_id, lesson_id, question_id, domain, level, correct, answered_at
FROM positioning_answer WHERE run_id = ?1 ORDER BY position
