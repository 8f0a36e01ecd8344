UPDATE lesson_progress SET phase = ?4, step = ?5, updated_at = ?6
WHERE resident_id = ?1 AND pack_id = ?2 AND lesson_id = ?3
