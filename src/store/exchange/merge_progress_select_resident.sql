SELECT id, last_seen_at, renamed_at > 0, name, colour, symbol, language, text_percent,
high_contrast, easy_text, shares_results FROM resident WHERE uid = ?1
