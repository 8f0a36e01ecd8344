SELECT r.uid, r.name, m.present,
       (SELECT count(*) FROM lesson_progress p JOIN workshop_lesson wl
          ON wl.workshop_id = m.workshop_id AND wl.pack_id = p.pack_id AND wl.lesson_id = p.lesson_id
        WHERE p.resident_id = r.id AND p.best_correct IS NOT NULL)
FROM workshop_member m JOIN resident r ON r.id = m.resident_id
WHERE m.workshop_id = (SELECT id FROM workshop WHERE uid = ?1) AND r.shares_results = 1
ORDER BY r.name COLLATE NOCASE, r.uid
