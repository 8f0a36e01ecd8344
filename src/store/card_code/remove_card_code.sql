UPDATE resident SET code_hash = NULL, code_failures = 0, code_failed_at = 0 WHERE id = ?1
