SELECT uid, title, updated_at FROM pack_draft ORDER BY updated_at DESC, uid
