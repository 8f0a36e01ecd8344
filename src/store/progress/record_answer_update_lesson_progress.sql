UPDATE lesson_progress SET phase = 'questions', updated_at = ?4
WHERE resident_id = ?1 AND pack_id = ?2 AND lesson_id = ?3
