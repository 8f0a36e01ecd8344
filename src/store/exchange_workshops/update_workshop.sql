UPDATE workshop SET title = ?2, day = ?3, time = ?4, place = ?5, topic = ?6, updated_at = ?7,
    site = CASE WHEN site IS NULL THEN NULL ELSE coalesce(?8, site) END
WHERE id = ?1
