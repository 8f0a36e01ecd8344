SELECT w.uid, w.title, w.day, w.time, w.place,
       (SELECT count(*) FROM workshop_member m WHERE m.workshop_id = w.id),
       (SELECT count(*) FROM workshop_member m WHERE m.workshop_id = w.id AND m.present = 1)
FROM workshop w ORDER BY w.day DESC, w.time DESC, w.id DESC
