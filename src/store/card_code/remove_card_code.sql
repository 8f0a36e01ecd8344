-- A card no longer protected by its code no longer follows its resident to other sites.
UPDATE resident SET code_hash = NULL, code_failures = 0, code_failed_at = 0, follows_me = 0 WHERE id = ?1
