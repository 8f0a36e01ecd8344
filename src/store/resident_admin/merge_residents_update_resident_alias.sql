UPDATE resident_alias SET into_uid = ?1 WHERE into_uid = ?2
