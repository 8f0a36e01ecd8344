DELETE FROM workshop_member
WHERE resident_id = ?2 AND changed_at <= ?3
  AND workshop_id = (SELECT id FROM workshop WHERE uid = ?1)
