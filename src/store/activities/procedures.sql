-- A resident's procedures on the pretend portal: the latest try of each (SQLite takes the
-- other columns from the row of max(done_at)), in the order they were last done; the
-- resident by their row id (?1), or, for the leaders, by their uid (?2) and only when
-- they share their results.
SELECT l.lesson_json, a.stumbles, max(a.done_at) FROM activity_attempt a
JOIN resident r ON r.id = a.resident_id
JOIN lesson l ON l.pack_id = a.pack_id AND l.id = a.lesson_id
WHERE (r.id = ?1 OR (r.uid = ?2 AND r.shares_results = 1)) AND a.kind = 'portal'
GROUP BY a.pack_id, a.lesson_id, a.activity_id
ORDER BY max(a.done_at), a.pack_id, a.lesson_id
