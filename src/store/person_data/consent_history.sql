SELECT at, shares FROM consent_change WHERE resident_id = ?1 ORDER BY at, id
