INSERT INTO pack_draft_file (draft_id, path, bytes) VALUES (?1, ?2, ?3)
ON CONFLICT (draft_id, path) DO UPDATE SET bytes = excluded.bytes
WHERE bytes != excluded.bytes
