SELECT domain, level, correct FROM positioning_answer WHERE run_id = ?1 ORDER BY position
