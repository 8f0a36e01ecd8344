SELECT workshop_uid, at FROM workshop_left WHERE resident_id = ?1 ORDER BY workshop_uid
