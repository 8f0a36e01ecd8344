SELECT pack_id, lesson_id FROM workshop_lesson WHERE workshop_id = ?1 ORDER BY position
