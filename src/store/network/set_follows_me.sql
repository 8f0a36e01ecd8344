UPDATE resident SET follows_me = ?2, follows_at = ?3, last_seen_at = max(last_seen_at + 1, ?4)
WHERE id = ?1
