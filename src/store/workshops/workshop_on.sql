SELECT w.uid FROM workshop w JOIN workshop_member m ON m.workshop_id = w.id
WHERE m.resident_id = ?1 AND w.day = ?2 ORDER BY w.time DESC, w.id DESC LIMIT 1
