UPDATE positioning_run SET resident_id = ?1 WHERE resident_id = ?2
