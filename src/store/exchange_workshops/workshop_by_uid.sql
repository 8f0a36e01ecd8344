SELECT id, updated_at, title, day, time, place, topic FROM workshop WHERE uid = ?1
