UPDATE resident SET
    note = trim(note || char(10) || (SELECT note FROM resident WHERE id = ?2), char(10)),
    note_at = max(note_at, (SELECT note_at FROM resident WHERE id = ?2)),
    created_at = min(created_at, (SELECT created_at FROM resident WHERE id = ?2)),
    last_seen_at = max(last_seen_at, (SELECT last_seen_at FROM resident WHERE id = ?2))
WHERE id = ?1
