SELECT w.day, w.title, w.place, m.present FROM workshop_member m
JOIN workshop w ON w.id = m.workshop_id WHERE m.resident_id = ?1 ORDER BY w.day, w.id
