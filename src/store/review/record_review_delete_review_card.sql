DELETE FROM review_card WHERE resident_id = ?1 AND pack_id = ?2 AND lesson_id = ?3 AND question_id = ?4
