INSERT OR IGNORE INTO workshop_member (workshop_id, resident_id, changed_at)
SELECT ?1, r.id, ?2 FROM resident r JOIN kept_member k ON k.uid = r.uid
