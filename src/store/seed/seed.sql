INSERT INTO resident (uid, name, colour, symbol, language, created_at, last_seen_at, shares_results)
VALUES (?1, ?2, ?3, ?4, 'fr', ?5, ?5, 1)
