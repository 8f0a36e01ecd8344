SELECT code_hash, code_failures, code_failed_at FROM resident WHERE id = ?1
