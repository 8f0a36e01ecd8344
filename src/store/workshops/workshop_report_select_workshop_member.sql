SELECT a.pack_id, a.lesson_id, a.question_id, sum(1 - a.correct), count(*)
FROM workshop_member m
JOIN resident r ON r.id = m.resident_id AND r.shares_results = 1
JOIN answer a ON a.resident_id = r.id
WHERE m.workshop_id = (SELECT id FROM workshop WHERE uid = ?1)
  AND (NOT EXISTS (SELECT 1 FROM workshop_lesson wl WHERE wl.workshop_id = m.workshop_id)
       OR EXISTS (SELECT 1 FROM workshop_lesson wl WHERE wl.workshop_id = m.workshop_id
                    AND wl.pack_id = a.pack_id AND wl.lesson_id = a.lesson_id))
GROUP BY a.pack_id, a.lesson_id, a.question_id
HAVING sum(1 - a.correct) > 0
ORDER BY sum(1 - a.correct) DESC, count(*) ASC, a.pack_id, a.lesson_id, a.question_id
LIMIT ?2
