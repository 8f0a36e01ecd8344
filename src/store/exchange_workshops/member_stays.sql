SELECT m.changed_at FROM workshop_member m JOIN workshop w ON w.id = m.workshop_id
WHERE w.uid = ?1 AND m.resident_id = ?2 AND m.changed_at > ?3
