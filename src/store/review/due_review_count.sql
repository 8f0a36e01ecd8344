SELECT count(*) FROM review_card WHERE resident_id = ?1 AND due_at <= ?2 AND box < ?3
