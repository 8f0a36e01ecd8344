-- The mark goes only if no change came since it was read (the same generation).
DELETE FROM network_changed
WHERE resident_id = (SELECT id FROM resident WHERE uid = ?1) AND generation = ?2
