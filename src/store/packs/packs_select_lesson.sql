SELECT pack_id, id, lesson_json ->> '$.title.fr', lesson_json ->> '$.title.en',
       competence, level, question_count
FROM lesson ORDER BY pack_id, position
