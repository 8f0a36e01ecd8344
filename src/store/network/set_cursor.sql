INSERT INTO network_cursor (site, pc, seq) VALUES (?1, ?2, ?3)
ON CONFLICT (site, pc) DO UPDATE SET seq = max(seq, excluded.seq)
