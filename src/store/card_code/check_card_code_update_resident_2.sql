UPDATE resident SET code_failures = code_failures + 1, code_failed_at = ?2 WHERE id = ?1
