UPDATE resident SET last_seen_at = max(last_seen_at + 1, ?2), language = ?3 WHERE id = ?1
