SELECT w.id, w.uid, w.title, w.day, w.time, w.place, w.topic, w.updated_at,
       coalesce(w.site, ?2), m.present, m.changed_at
FROM workshop_member m JOIN workshop w ON w.id = m.workshop_id
WHERE m.resident_id = ?1 ORDER BY w.uid
