SELECT id, uid, name, colour, symbol, language, text_percent, high_contrast, easy_text,
shares_results, created_at, last_seen_at FROM resident ORDER BY uid
