-- Each question's answers given on this PC by residents who share their results (kept by
-- the triggers of schema v15).
SELECT pack_id, lesson_id, question_id, answers, right_answers FROM item_count_here
