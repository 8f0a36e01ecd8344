SELECT created_at, last_seen_at, note, note_at FROM resident WHERE id = ?1
