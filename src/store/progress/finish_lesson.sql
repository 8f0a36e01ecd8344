UPDATE lesson_progress
SET phase = 'done', best_correct = max(coalesce(best_correct, 0), ?4), updated_at = ?5
WHERE resident_id = ?1 AND pack_id = ?2 AND lesson_id = ?3
