SELECT site FROM workshop WHERE uid = ?1
