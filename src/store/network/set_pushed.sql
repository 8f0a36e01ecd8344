INSERT INTO network_pushed (resident_uid, hash) VALUES (?1, ?2)
ON CONFLICT (resident_uid) DO UPDATE SET hash = excluded.hash
