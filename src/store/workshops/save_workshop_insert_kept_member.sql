INSERT OR IGNORE INTO kept_member (uid) VALUES (?1)
