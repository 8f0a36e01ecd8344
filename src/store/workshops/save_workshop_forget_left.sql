DELETE FROM workshop_left WHERE workshop_uid = ?1 AND resident_id IN
(SELECT r.id FROM resident r JOIN kept_member k ON k.uid = r.uid)
