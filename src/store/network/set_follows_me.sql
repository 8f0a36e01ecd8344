UPDATE resident SET follows_me = ?2, last_seen_at = max(last_seen_at + 1, ?3) WHERE id = ?1
