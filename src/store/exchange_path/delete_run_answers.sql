DELETE FROM positioning_answer WHERE run_id = ?1
