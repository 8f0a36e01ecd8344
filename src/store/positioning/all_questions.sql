SELECT l.pack_id, l.lesson_json FROM lesson l JOIN pack p ON p.id = l.pack_id
WHERE l.question_count > 0 ORDER BY p.position, l.position
