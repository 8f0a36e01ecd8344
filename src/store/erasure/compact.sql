INSERT INTO setting (key, value) VALUES (?1, '1')
ON CONFLICT (key) DO UPDATE SET value = excluded.value
