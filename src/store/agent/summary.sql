SELECT r.uid, r.name, r.last_seen_at,
   (SELECT count(*) FROM lesson_progress p WHERE p.resident_id = r.id AND p.best_correct IS NOT NULL),
   coalesce(s.answers, 0), coalesce(s.right_answers, 0)
FROM resident r LEFT JOIN resident_stats s ON s.resident_id = r.id
WHERE r.shares_results = 1
