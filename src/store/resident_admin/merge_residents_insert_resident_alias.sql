INSERT OR REPLACE INTO resident_alias (uid, into_uid) VALUES (?1, ?2)
