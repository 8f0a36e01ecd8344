UPDATE resident SET code_hash = ?2, code_failures = 0 WHERE uid = ?1 AND code_hash IS NOT ?2
