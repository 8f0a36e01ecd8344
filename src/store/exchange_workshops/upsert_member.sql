INSERT INTO workshop_member (workshop_id, resident_id, present, changed_at)
VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (workshop_id, resident_id) DO UPDATE SET present = excluded.present,
    changed_at = excluded.changed_at
