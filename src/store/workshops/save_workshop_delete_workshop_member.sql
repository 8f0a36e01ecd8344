DELETE FROM workshop_member WHERE workshop_id = ?1 AND resident_id NOT IN
(SELECT r.id FROM resident r JOIN kept_member k ON k.uid = r.uid)
