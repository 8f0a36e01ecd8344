DELETE FROM resident_alias WHERE uid = ?1 OR into_uid = ?1
