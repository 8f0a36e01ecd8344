SELECT l.lesson_json, p.updated_at, p.best_correct FROM lesson_progress p
JOIN resident r ON r.id = p.resident_id
JOIN lesson l ON l.pack_id = p.pack_id AND l.id = p.lesson_id
WHERE r.uid = ?1 AND r.shares_results = 1 AND p.best_correct IS NOT NULL
ORDER BY p.updated_at
