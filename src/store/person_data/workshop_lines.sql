SELECT w.day, w.title, w.place, m.present, NULL FROM workshop_member m
JOIN workshop w ON w.id = m.workshop_id WHERE m.resident_id = ?1
UNION ALL
SELECT w.day, w.title, w.place, 0, l.at FROM workshop_left l
JOIN workshop w ON w.uid = l.workshop_uid WHERE l.resident_id = ?1
ORDER BY 1, 2
