INSERT INTO resident (uid, name, colour, symbol, language, created_at, last_seen_at,
                      text_percent, high_contrast, easy_text, shares_results)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
