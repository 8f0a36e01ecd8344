INSERT INTO workshop_member (workshop_id, resident_id, present)
SELECT workshop_id, ?1, present FROM workshop_member WHERE resident_id = ?2
ON CONFLICT (workshop_id, resident_id) DO UPDATE SET present = max(present, excluded.present)
