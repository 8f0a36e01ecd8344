SELECT id, stale_json FROM pack_draft WHERE uid = ?1
