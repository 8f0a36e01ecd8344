INSERT INTO lesson (pack_id, id, position, competence, level, question_count, lesson_json)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
