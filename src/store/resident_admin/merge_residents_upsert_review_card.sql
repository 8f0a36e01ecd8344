INSERT INTO review_card (resident_id, pack_id, lesson_id, question_id, box, due_at, reviewed_at)
SELECT ?1, pack_id, lesson_id, question_id, box, due_at, reviewed_at FROM review_card
WHERE resident_id = ?2
ON CONFLICT (resident_id, pack_id, lesson_id, question_id) DO UPDATE
    SET box = excluded.box, due_at = excluded.due_at, reviewed_at = excluded.reviewed_at
    WHERE (excluded.reviewed_at, excluded.box) > (review_card.reviewed_at, review_card.box)
