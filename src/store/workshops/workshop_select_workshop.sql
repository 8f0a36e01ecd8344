SELECT id, title, day, time, place, topic FROM workshop WHERE uid = ?1
