SELECT r.uid FROM workshop_member m JOIN resident r ON r.id = m.resident_id
WHERE m.workshop_id = ?1 ORDER BY r.uid
