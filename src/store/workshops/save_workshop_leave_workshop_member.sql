INSERT INTO workshop_left (workshop_uid, resident_id, at)
SELECT ?2, resident_id, ?3 FROM workshop_member WHERE workshop_id = ?1 AND resident_id NOT IN
(SELECT r.id FROM resident r JOIN kept_member k ON k.uid = r.uid)
ON CONFLICT (workshop_uid, resident_id) DO UPDATE SET at = max(at, excluded.at)
