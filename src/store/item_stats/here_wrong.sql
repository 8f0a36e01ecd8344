-- The same answers' wrong ones, by what was answered.
SELECT a.pack_id, a.lesson_id, a.question_id, a.response_json, count(*)
FROM answer a JOIN resident r ON r.id = a.resident_id
WHERE a.site IS NULL AND r.shares_results = 1 AND a.correct = 0
GROUP BY a.pack_id, a.lesson_id, a.question_id, a.response_json
