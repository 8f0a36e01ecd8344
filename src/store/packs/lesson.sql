SELECT lesson_json FROM lesson WHERE pack_id = ?1 AND id = ?2
