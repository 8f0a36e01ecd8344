INSERT OR IGNORE INTO workshop_lesson (workshop_id, position, pack_id, lesson_id)
VALUES (?1, ?2, ?3, ?4)
