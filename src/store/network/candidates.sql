-- The followers whose record may differ from what the network has: changed since the
-- last round, or never pushed from this PC. With the change's generation (0: none).
SELECT r.uid, coalesce(c.generation, 0)
FROM resident r
LEFT JOIN network_changed c ON c.resident_id = r.id
WHERE r.follows_me = 1
  AND (c.resident_id IS NOT NULL
       OR NOT EXISTS (SELECT 1 FROM network_pushed p WHERE p.resident_uid = r.uid))
ORDER BY r.uid
