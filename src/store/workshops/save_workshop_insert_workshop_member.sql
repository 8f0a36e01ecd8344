INSERT OR IGNORE INTO workshop_member (workshop_id, resident_id)
SELECT ?1, r.id FROM resident r JOIN kept_member k ON k.uid = r.uid
