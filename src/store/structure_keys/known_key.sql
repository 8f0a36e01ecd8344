SELECT structure, own FROM known_key WHERE public = ?1
