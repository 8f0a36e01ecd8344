SELECT public, structure, own FROM known_key ORDER BY own DESC, added_at, public
