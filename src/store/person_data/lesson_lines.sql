SELECT pack_id, lesson_id, best_correct, updated_at FROM lesson_progress
WHERE resident_id = ?1 ORDER BY updated_at
