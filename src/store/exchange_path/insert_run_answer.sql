INSERT INTO positioning_answer (run_id, position, pack_id, lesson_id, question_id, domain, level, correct, answered_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
