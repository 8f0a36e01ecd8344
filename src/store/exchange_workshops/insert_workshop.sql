INSERT INTO workshop (uid, title, day, time, place, topic, updated_at, site)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
