SELECT bytes FROM media WHERE pack_id = ?1 AND name = ?2
