DELETE FROM workshop_left WHERE workshop_uid = ?1 AND resident_id = ?2
