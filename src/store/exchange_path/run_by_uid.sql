SELECT id, resident_id FROM positioning_run WHERE uid = ?1
