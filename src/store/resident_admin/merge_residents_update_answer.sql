UPDATE answer SET resident_id = ?1 WHERE resident_id = ?2
