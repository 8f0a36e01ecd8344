SELECT pack_id, lesson_id, attempt, phase, step, best_correct, updated_at
FROM lesson_progress WHERE resident_id = ?1 ORDER BY pack_id, lesson_id
