INSERT INTO review_card (resident_id, pack_id, lesson_id, question_id, box, due_at, reviewed_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (resident_id, pack_id, lesson_id, question_id) DO UPDATE
    SET box = excluded.box, due_at = excluded.due_at, reviewed_at = excluded.reviewed_at
    WHERE (excluded.reviewed_at, excluded.box) > (review_card.reviewed_at, review_card.box)
