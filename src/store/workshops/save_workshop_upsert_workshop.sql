INSERT INTO workshop (uid, title, day, time, place, topic, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT (uid) DO UPDATE SET title = excluded.title, day = excluded.day,
    time = excluded.time, place = excluded.place, topic = excluded.topic,
    updated_at = excluded.updated_at
