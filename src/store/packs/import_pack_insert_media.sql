INSERT INTO media (pack_id, name, bytes) VALUES (?1, ?2, ?3)
