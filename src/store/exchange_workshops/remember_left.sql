INSERT INTO workshop_left (workshop_uid, resident_id, at) VALUES (?1, ?2, ?3)
ON CONFLICT (workshop_uid, resident_id) DO UPDATE SET at = max(at, excluded.at)
