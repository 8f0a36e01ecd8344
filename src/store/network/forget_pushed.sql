DELETE FROM network_pushed WHERE resident_uid = ?1
