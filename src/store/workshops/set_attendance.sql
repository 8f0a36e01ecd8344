UPDATE workshop_member SET present = ?3, changed_at = ?4
WHERE workshop_id = (SELECT id FROM workshop WHERE uid = ?1)
  AND resident_id = (SELECT id FROM resident WHERE uid = ?2)
