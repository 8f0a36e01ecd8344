SELECT into_uid FROM resident_alias WHERE uid = ?1
