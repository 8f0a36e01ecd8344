SELECT path, bytes FROM pack_draft_file WHERE draft_id = ?1 ORDER BY path
