UPDATE resident SET name = ?2, colour = ?3, symbol = ?4, language = ?5,
    last_seen_at = max(last_seen_at, ?6), text_percent = ?7, high_contrast = ?8,
    easy_text = ?9, shares_results = ?10, created_at = min(created_at, ?11)
WHERE id = ?1
