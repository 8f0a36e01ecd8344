INSERT INTO positioning_answer (run_id, position, pack_id, lesson_id, question_id, domain, level, correct, answered_at)
SELECT r.id, (SELECT count(*) FROM positioning_answer a WHERE a.run_id = r.id), ?2, ?3, ?4, ?5, ?6, ?7, ?8
FROM positioning_run r WHERE r.uid = ?1
