SELECT w.id, w.title FROM workshop w JOIN workshop_member m ON m.workshop_id = w.id
WHERE m.resident_id = ?1 AND EXISTS (SELECT 1 FROM workshop_lesson wl WHERE wl.workshop_id = w.id)
ORDER BY w.day DESC, w.time DESC, w.id DESC LIMIT 1
