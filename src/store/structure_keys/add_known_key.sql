INSERT INTO known_key (public, structure, own, added_at) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (public) DO UPDATE SET structure = excluded.structure
