UPDATE resident SET name = ?2, renamed_at = ?3, last_seen_at = max(last_seen_at + 1, ?3) WHERE uid = ?1
