UPDATE resident SET text_percent = ?2, high_contrast = ?3, easy_text = ?4,
last_seen_at = max(last_seen_at + 1, ?5) WHERE id = ?1
