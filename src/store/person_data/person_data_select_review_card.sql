SELECT count(*) FILTER (WHERE box < ?2), count(*) FILTER (WHERE box >= ?2)
FROM review_card WHERE resident_id = ?1
