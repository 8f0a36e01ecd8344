-- The same answers' wrong ones, by what was answered.
SELECT pack_id, lesson_id, question_id, response_json, times FROM item_wrong_here
