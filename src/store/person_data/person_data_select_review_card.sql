SELECT count(*) FROM review_card WHERE resident_id = ?1
