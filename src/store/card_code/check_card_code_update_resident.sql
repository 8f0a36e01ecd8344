UPDATE resident SET code_failures = 0 WHERE id = ?1
