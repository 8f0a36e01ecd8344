SELECT pack_id, lesson_id, attempt, phase, step, best_correct, updated_at FROM lesson_progress
WHERE resident_id = ?1 AND pack_id = ?2 AND lesson_id = ?3
