UPDATE resident SET code_hash = ?2, code_failures = 0, code_failed_at = 0 WHERE id = ?1
