DELETE FROM workshop_lesson WHERE workshop_id = ?1
