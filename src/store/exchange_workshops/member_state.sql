SELECT (SELECT changed_at FROM workshop_member WHERE workshop_id = ?1 AND resident_id = ?2),
       (SELECT present FROM workshop_member WHERE workshop_id = ?1 AND resident_id = ?2),
       (SELECT at FROM workshop_left WHERE workshop_uid = ?3 AND resident_id = ?2)
