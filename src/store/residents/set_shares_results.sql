UPDATE resident SET shares_results = ?2, last_seen_at = max(last_seen_at + 1, ?3) WHERE id = ?1
