INSERT OR REPLACE INTO resident_stats (resident_id, answers, right_answers)
SELECT ?1, count(*), coalesce(sum(correct), 0) FROM answer WHERE resident_id = ?1
