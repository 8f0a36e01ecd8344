-- The card no longer follows its resident either: a card without its code may not travel.
UPDATE resident SET code_hash = NULL, code_failures = 0, code_failed_at = 0,
  follows_at = CASE WHEN follows_me = 1 THEN ?2 ELSE follows_at END, follows_me = 0
WHERE id = ?1
