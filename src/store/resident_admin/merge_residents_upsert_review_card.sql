INSERT INTO review_card (resident_id, pack_id, lesson_id, question_id, box, due_at)
SELECT ?1, pack_id, lesson_id, question_id, box, due_at FROM review_card WHERE resident_id = ?2
ON CONFLICT (resident_id, pack_id, lesson_id, question_id) DO UPDATE
    SET box = min(box, excluded.box), due_at = min(due_at, excluded.due_at)
