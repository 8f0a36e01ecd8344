-- Each question's answers given on this PC by residents who share their results.
SELECT a.pack_id, a.lesson_id, a.question_id, count(*), sum(a.correct)
FROM answer a JOIN resident r ON r.id = a.resident_id
WHERE a.site IS NULL AND r.shares_results = 1
GROUP BY a.pack_id, a.lesson_id, a.question_id
