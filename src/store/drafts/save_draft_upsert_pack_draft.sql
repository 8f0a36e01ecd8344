INSERT INTO pack_draft (uid, title, stale_json, updated_at) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (uid) DO UPDATE SET title = excluded.title, stale_json = excluded.stale_json,
    updated_at = excluded.updated_at
RETURNING id
