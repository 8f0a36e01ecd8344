SELECT EXISTS (
  SELECT 1 FROM network_changed c JOIN resident r ON r.id = c.resident_id WHERE r.uid = ?1
)
