UPDATE resident SET note = ?2, note_at = ?3 WHERE uid = ?1
