UPDATE resident SET follows_me = ?2 WHERE uid = ?1
