UPDATE resident SET last_seen_at = max(last_seen_at + 1, ?2) WHERE id = ?1
