SELECT count(*) FROM resident_alias WHERE into_uid = ?1
