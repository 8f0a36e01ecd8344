-- One kind of consent's changes ('share' or 'follow'), oldest first.
SELECT at, shares FROM consent_change WHERE resident_id = ?1 AND what = ?2 ORDER BY at, id
