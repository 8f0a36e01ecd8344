SELECT code_hash FROM resident WHERE uid = ?1
