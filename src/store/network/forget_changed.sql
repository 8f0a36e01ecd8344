DELETE FROM network_changed WHERE resident_id = (SELECT id FROM resident WHERE uid = ?1)
